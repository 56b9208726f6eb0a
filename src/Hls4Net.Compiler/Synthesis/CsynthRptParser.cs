namespace Hls4Net.Synthesis;

/// <summary>
/// Reads the text C synthesis report Vitis HLS writes beside csynth.xml (<c>syn/report/&lt;top&gt;_csynth.rpt</c>):
/// the Timing summary (Clock, Target, Estimated, Uncertainty), the Latency summary (cycles min/max, absolute
/// min/max, Interval min/max) and the Utilization summary's Total and Available rows (BRAM_18K, DSP, FF, LUT, URAM).
/// An older Vivado HLS report (a DSP48E column) is refused, as in <see cref="CsynthXmlParser"/>.
/// </summary>
public sealed class CsynthRptParser
{
    /// <summary>Parse the report at <paramref name="path"/>.</summary>
    /// <exception cref="SynthesisException">A section or field is missing or unreadable; the message names the file and field.</exception>
    public CsynthFigures Parse(string path) => ParseText(ReportFile.Read(path), path);

    /// <summary>Parse report text; <paramref name="file"/> names it in errors.</summary>
    public CsynthFigures ParseText(string text, string file)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var version = Header(lines, "* Version:")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        var timing = FirstRow(lines, "+ Timing:", c => c.Length >= 3 && c[1].EndsWith("ns", StringComparison.Ordinal), file, "Timing/Summary");
        var latency = FirstRow(lines, "+ Latency:", c => c.Length >= 6 && !c[0].Contains("Latency", StringComparison.Ordinal) && !c[0].Equals("min", StringComparison.Ordinal), file, "Latency/Summary");
        var (used, available) = Utilization(lines, file);
        return new CsynthFigures
        {
            Version = version,
            Part = Header(lines, "* Target device:"),
            TopModelName = Header(lines, "== Vitis HLS Report for")?.Trim('\'', ' '),
            TargetClockNs = ReportNumbers.Nanoseconds(timing[1], file, "Timing/Summary/Target"),
            EstimatedClockNs = ReportNumbers.Nanoseconds(timing[2], file, "Timing/Summary/Estimated"),
            LatencyBestCycles = ReportNumbers.Long(latency[0], file, "Latency/Summary/Latency (cycles) min"),
            LatencyWorstCycles = ReportNumbers.Long(latency[1], file, "Latency/Summary/Latency (cycles) max"),
            LatencyBestNs = ReportNumbers.Nanoseconds(latency[2], file, "Latency/Summary/Latency (absolute) min"),
            LatencyWorstNs = ReportNumbers.Nanoseconds(latency[3], file, "Latency/Summary/Latency (absolute) max"),
            IntervalMin = ReportNumbers.Long(latency[4], file, "Latency/Summary/Interval min"),
            IntervalMax = ReportNumbers.Long(latency[5], file, "Latency/Summary/Interval max"),
            Used = used,
            Available = available,
        };
    }

    private static string? Header(List<string> lines, string prefix) =>
        lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))?[prefix.Length..].Trim();

    private static string[] FirstRow(List<string> lines, string section, Func<string[], bool> isRow, string file, string field)
    {
        var start = lines.FindIndex(l => l.Trim().StartsWith(section, StringComparison.Ordinal));
        if (start < 0) throw ReportNumbers.Missing(file, field);
        return lines.Skip(start + 1).Select(ReportFile.Cells).FirstOrDefault(c => c.Length > 0 && isRow(c)) ?? throw ReportNumbers.Missing(file, field);
    }

    private static (SynthesisResources Used, SynthesisResources Available) Utilization(List<string> lines, string file)
    {
        var start = lines.FindIndex(l => l.StartsWith("== Utilization Estimates", StringComparison.Ordinal));
        if (start < 0) throw ReportNumbers.Missing(file, "Utilization Estimates");
        var rows = lines.Skip(start).Select(ReportFile.Cells).Where(c => c.Length > 1).ToList();
        var header = rows.FirstOrDefault(c => c[0] == "Name") ?? throw ReportNumbers.Missing(file, "Utilization Estimates/Summary/Name");
        if (!header.Contains("DSP") && header.Contains("DSP48E"))
        {
            throw new SynthesisException($"{file}: field Utilization Estimates/DSP not found: this is an older Vivado HLS report (DSP48E); Hls4Net reads Vitis HLS 2020.2 and later: rebuild the project with vitis_hls");
        }
        SynthesisResources Row(string name)
        {
            var row = rows.FirstOrDefault(c => c[0] == name) ?? throw ReportNumbers.Missing(file, $"Utilization Estimates/Summary/{name}");
            long? Cell(string column, bool optional = false)
            {
                var i = Array.IndexOf(header, column);
                if (i < 0 || i >= row.Length) return optional ? null : throw ReportNumbers.Missing(file, $"Utilization Estimates/Summary/{name}/{column}");
                return ReportNumbers.Long(row[i], file, $"Utilization Estimates/Summary/{name}/{column}");
            }
            return new SynthesisResources { Bram18K = Cell("BRAM_18K"), Dsp = Cell("DSP"), Ff = Cell("FF"), Lut = Cell("LUT"), Uram = Cell("URAM", optional: true) };
        }
        return (Row("Total"), Row("Available"));
    }
}
