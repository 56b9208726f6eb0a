using System.Text.RegularExpressions;

namespace Hls4Net.Synthesis;

/// <summary>
/// Reads what Vivado's out-of-context synthesis wrote: the <c>report_utilization</c> tables (vivado_synth.rpt: "CLB
/// LUTs" / "Slice LUTs", "CLB Registers" / "Slice Registers", "Block RAM Tile" in 36 Kb tiles, "URAM", "DSPs"; the
/// Used column) and, when given, the <c>report_timing_summary</c> (vivado_timing.rpt: WNS of the Design Timing
/// Summary and the first clock's period in the Clock Summary).
/// </summary>
public sealed partial class VivadoReportParser
{
    /// <summary>Parse the utilization report and, if not null, the timing summary.</summary>
    /// <exception cref="SynthesisException">A table or field is missing or unreadable; the message names the file and field.</exception>
    public VivadoFigures Parse(string utilizationPath, string? timingPath) =>
        ParseText(ReportFile.Read(utilizationPath), utilizationPath, timingPath is null ? null : ReportFile.Read(timingPath), timingPath);

    /// <summary>Parse report texts; the file names name them in errors.</summary>
    public VivadoFigures ParseText(string utilization, string utilizationFile, string? timing, string? timingFile)
    {
        var used = Utilization(utilization, utilizationFile);
        double? wns = null, period = null;
        if (timing is not null) (wns, period) = Timing(timing, timingFile ?? "timing report");
        return new VivadoFigures { Used = used, WorstNegativeSlackNs = wns, ClockPeriodNs = period };
    }

    private static SynthesisResources Utilization(string text, string file)
    {
        var used = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedColumn = -1;
        foreach (var line in text.Split('\n'))
        {
            var cells = ReportFile.Cells(line);
            if (cells.Length < 2) continue;
            if (cells[0] == "Site Type")
            {
                usedColumn = Array.IndexOf(cells, "Used");
                continue;
            }
            if (usedColumn < 1 || usedColumn >= cells.Length) continue;
            var site = cells[0].TrimEnd('*').Trim();
            used.TryAdd(site, cells[usedColumn]); // the first table naming a site type is the summary
        }
        if (used.Count == 0) throw new SynthesisException($"{file}: field Site Type/Used table not found (expected report_utilization output)");
        string Cell(params string[] names) =>
            names.Select(n => used.GetValueOrDefault(n)).FirstOrDefault(v => v is not null)
            ?? throw new SynthesisException($"{file}: field Site Type '{string.Join("' or '", names)}' not found");
        var tiles = ReportNumbers.Double(Cell("Block RAM Tile"), file, "Block RAM Tile/Used");
        return new SynthesisResources
        {
            Lut = ReportNumbers.Long(Cell("CLB LUTs", "Slice LUTs"), file, "CLB LUTs/Used"),
            Ff = ReportNumbers.Long(Cell("CLB Registers", "Slice Registers"), file, "CLB Registers/Used"),
            Dsp = ReportNumbers.Long(Cell("DSPs"), file, "DSPs/Used"),
            Bram18K = tiles is null ? null : (long)Math.Round(tiles.Value * 2), // a Block RAM tile is 36 Kb: two BRAM_18K
            Uram = used.TryGetValue("URAM", out var uram) ? ReportNumbers.Long(uram, file, "URAM/Used") : null, // 7-series has none
        };
    }

    private static (double? Wns, double? Period) Timing(string text, string file)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var wns = ValueUnder(lines, "Design Timing Summary", "WNS(ns)", file, "Design Timing Summary/WNS(ns)");
        double? period = null;
        var clock = lines.FindIndex(l => l.TrimStart().StartsWith("| Clock Summary", StringComparison.Ordinal));
        if (clock >= 0)
        {
            // The first clock row: "ap_clk  {0.000 2.500}  5.000  200.000".
            var m = lines.Skip(clock + 1).Select(l => ClockRow().Match(l)).FirstOrDefault(x => x.Success);
            if (m is not null) period = ReportNumbers.Double(m.Groups[1].Value, file, "Clock Summary/Period(ns)");
        }
        return (wns, period);
    }

    private static double? ValueUnder(List<string> lines, string section, string column, string file, string field)
    {
        var start = lines.FindIndex(l => l.TrimStart().StartsWith("| " + section, StringComparison.Ordinal));
        if (start < 0) throw ReportNumbers.Missing(file, field);
        var header = lines.FindIndex(start, l => l.Contains(column, StringComparison.Ordinal));
        if (header < 0 || header + 2 >= lines.Count) throw ReportNumbers.Missing(file, field);
        var index = Regex.Split(lines[header].Trim(), @"\s{2,}").ToList().IndexOf(column);
        var values = lines.Skip(header + 2).FirstOrDefault(l => l.Trim().Length > 0)?.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (index < 0 || values is null || index >= values.Length) throw ReportNumbers.Missing(file, field);
        return values[index].Equals("inf", StringComparison.OrdinalIgnoreCase) ? null : ReportNumbers.Double(values[index], file, field);
    }

    [GeneratedRegex(@"^\s*\S+\s+\{[^}]*\}\s+(\S+)")]
    private static partial Regex ClockRow();
}
