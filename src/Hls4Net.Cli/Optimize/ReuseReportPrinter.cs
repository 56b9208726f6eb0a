using System.Globalization;
using System.Text;
using Hls4Net.Tuning;

namespace Hls4Net.Cli.Optimize;

/// <summary>The text report of <c>hls4net optimize reuse</c>: per-layer table, totals before/after, budget checks, verdict, YAML.</summary>
public sealed class ReuseReportPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(ReuseTuningReport report, string? yamlPath)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"model: {report.Model}");
        sb.AppendLine($"minimize: {report.Objective}; budget: {(report.Budgets.Count == 0 ? "the part" : string.Join(", ", report.Budgets))}");
        sb.AppendLine();
        var rows = report.Layers.Select(l => new[]
        {
            l.Layer, l.Op, $"{l.NIn}x{l.NOut}", Factors(l.ValidReuseFactors), l.Strategy, l.ReuseFactor.ToString(Inv),
            l.Dsp.ToString(Inv), l.Lut.ToString(Inv), l.Ff.ToString(Inv), l.Bram18K.ToString(Inv), l.LatencyCycles.ToString(Inv), l.Ii.ToString(Inv),
        });
        sb.Append(new TextTable().Format(["layer", "op", "n_in x n_out", "valid reuse factors", "strategy", "reuse", "dsp", "lut", "ff", "bram18k", "cycles", "ii"], rows));
        sb.AppendLine();
        var b = report.Before;
        var a = report.After;
        sb.Append(new TextTable().Format(["total", "before", "after"],
        [
            ["DSP", b.Dsp.ToString(Inv), a.Dsp.ToString(Inv)],
            ["LUT", b.Lut.ToString(Inv), a.Lut.ToString(Inv)],
            ["FF", b.Ff.ToString(Inv), a.Ff.ToString(Inv)],
            ["BRAM_18K", b.Bram18K.ToString(Inv), a.Bram18K.ToString(Inv)],
            ["latency", string.Create(Inv, $"{b.LatencyCycles} cycles ({b.LatencyNs:0.##} ns)"), string.Create(Inv, $"{a.LatencyCycles} cycles ({a.LatencyNs:0.##} ns)")],
            ["II", b.Ii.ToString(Inv), a.Ii.ToString(Inv)],
        ]));
        sb.AppendLine();
        foreach (var c in report.Checks) sb.AppendLine(string.Create(Inv, $"  {c.Resource}: {c.Estimate:0.##} of {c.LimitText}: {(c.Within ? "ok" : "OVER")}"));
        foreach (var d in report.Dominant) sb.AppendLine($"  {d}");
        sb.AppendLine(string.Create(Inv, $"search: {report.Evaluations} designs estimated, {report.ElapsedSeconds:0.0} s"));
        sb.AppendLine($"{(report.Fits ? "PASS" : "FAIL")}: {report.Summary}");
        if (yamlPath is not null)
        {
            sb.AppendLine($"tuned config: {yamlPath}");
        }
        else
        {
            sb.AppendLine();
            sb.Append(report.Yaml);
        }
        return sb.ToString();
    }

    private static string Factors(IReadOnlyList<int> values) =>
        values.Count <= 8 ? string.Join(",", values) : $"{string.Join(",", values.Take(4))},...,{string.Join(",", values.TakeLast(2))} ({values.Count})";
}
