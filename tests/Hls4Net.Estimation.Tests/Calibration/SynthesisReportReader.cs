using System.Globalization;
using System.Text;

namespace Hls4Net.Estimation.Tests.Calibration;

/// <summary>Reads synthesis-reports.csv (RFC 4180: quoted fields may hold commas and doubled quotes).</summary>
public static class SynthesisReportReader
{
    public static IReadOnlyList<SynthesisReport> Read(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"no column {name}");
        var rows = new List<SynthesisReport>();
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var f = Split(line);
            rows.Add(new SynthesisReport(
                int.Parse(f[Col("row_id")], CultureInfo.InvariantCulture), f[Col("reliability")], f[Col("model_family")], f[Col("architecture")], f[Col("precision")],
                f[Col("reuse_factor")], f[Col("strategy")], f[Col("io_type")], f[Col("fpga_part")],
                Number(f[Col("clock_period_ns")]) ?? 5, f[Col("clock_uncertainty_ns")], f[Col("tool")], f[Col("result_stage")],
                f[Col("nonstandard_build_directives")], Number(f[Col("dsp")]), Number(f[Col("lut")]), Number(f[Col("ff")]),
                Number(f[Col("bram_18k")]), Number(f[Col("latency_max_cycles")]), Number(f[Col("ii_max")])));
        }
        return rows;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (ch == '"') quoted = false;
                else sb.Append(ch);
            }
            else if (ch == '"') quoted = true;
            else if (ch == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(ch);
        }
        fields.Add(sb.ToString());
        return [.. fields];
    }
}
