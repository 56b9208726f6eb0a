namespace Hls4Net.Synthesis;

/// <summary>
/// Reads the co-simulation report Vitis HLS writes to <c>&lt;prj&gt;/solution1/sim/report/&lt;top&gt;_cosim.rpt</c>: a
/// table with one row per RTL language (VHDL, Verilog): its Status (Pass, Fail, or NA when not simulated), the
/// measured latency min/avg/max and interval min/avg/max in clock cycles, and in newer versions the total execution
/// time. The row of the language that ran is used (Verilog when both did).
/// </summary>
public sealed class CosimReportParser
{
    private static readonly string[] Languages = ["Verilog", "VHDL"];

    /// <summary>Parse the report at <paramref name="path"/>.</summary>
    /// <exception cref="SynthesisException">No RTL/Status table, or a cell that is not a number; the message names the file and field.</exception>
    public CosimFigures Parse(string path) => ParseText(ReportFile.Read(path), path);

    /// <summary>Parse report text; <paramref name="file"/> names it in errors.</summary>
    public CosimFigures ParseText(string text, string file)
    {
        var rows = text.Split('\n').Select(ReportFile.Cells).Where(c => c.Length >= 8 && Languages.Contains(c[0], StringComparer.OrdinalIgnoreCase)).ToList();
        if (!text.Contains("Status", StringComparison.Ordinal) || !text.Contains("Latency", StringComparison.Ordinal) || rows.Count == 0)
        {
            throw new SynthesisException($"{file}: field RTL/Status table not found (expected rows '|   Verilog|      Pass|  min|  avg|  max| ...')");
        }
        foreach (var row in rows) Status(row, file);
        var ran = rows.Where(r => !r[1].Equals("NA", StringComparison.OrdinalIgnoreCase)).ToList();
        var row0 = ran.FirstOrDefault(r => r[0].Equals("Verilog", StringComparison.OrdinalIgnoreCase)) ?? ran.FirstOrDefault();
        if (row0 is null) return new CosimFigures { Status = "NA" };
        var rtl = row0[0];
        return new CosimFigures
        {
            Status = Status(row0, file),
            Rtl = rtl,
            LatencyMinCycles = ReportNumbers.Long(row0[2], file, $"{rtl} Latency min"),
            LatencyAvgCycles = ReportNumbers.Double(row0[3], file, $"{rtl} Latency avg"),
            LatencyMaxCycles = ReportNumbers.Long(row0[4], file, $"{rtl} Latency max"),
            IntervalMinCycles = ReportNumbers.Long(row0[5], file, $"{rtl} Interval min"),
            IntervalAvgCycles = ReportNumbers.Double(row0[6], file, $"{rtl} Interval avg"),
            IntervalMaxCycles = ReportNumbers.Long(row0[7], file, $"{rtl} Interval max"),
            TotalExecutionCycles = row0.Length > 8 ? ReportNumbers.Long(row0[8], file, $"{rtl} Total Execution Time") : null,
        };
    }

    private static string Status(string[] row, string file)
    {
        foreach (var known in new[] { "Pass", "Fail", "NA" })
        {
            if (row[1].Equals(known, StringComparison.OrdinalIgnoreCase)) return known;
        }
        throw new SynthesisException($"{file}: field {row[0]} Status: '{row[1]}' is not Pass, Fail or NA (a non-English locale, or an unknown report layout)");
    }
}
