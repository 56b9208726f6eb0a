using System.Globalization;
using System.Text;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Optimize;

/// <summary>The text report of <c>hls4net optimize precision</c>: per-layer table, totals before/after, verdict, YAML.</summary>
public sealed class OptimizeReportPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(PrecisionSearchReport report, string? yamlPath)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"model: {report.Model}");
        sb.AppendLine($"target: {report.Target} (against float, on the model's outputs); cost: {report.Cost}");
        sb.AppendLine($"calibration: {report.Calibration}");
        sb.AppendLine($"validation: {report.Validation}");
        sb.AppendLine();
        var rows = report.Layers.Select(l => new[]
        {
            l.Layer, l.Op,
            $"[{G(l.Observed.Min)}, {G(l.Observed.Max)}]",
            $"[{G(l.Observed.Low)}, {G(l.Observed.High)}]",
            string.Join(" ", l.Types.Select(kv => $"{kv.Key}={kv.Value}")),
            l.ValidationOverflows.ToString(Inv),
            l.ErrorContribution is { } e ? G(e) : "-",
        });
        sb.Append(new TextTable().Format(["layer", "op", "observed range", "p0.1..p99.9", "chosen types", "overflows (val)", "metric, this layer alone (val)"], rows));
        sb.AppendLine();
        var b = report.Before;
        var a = report.After;
        var totals = new List<string[]>
        {
            new[] { "DSP", b.Cost.Dsp.ToString(Inv), a.Cost.Dsp.ToString(Inv) },
            new[] { "LUT", b.Cost.Lut.ToString(Inv), a.Cost.Lut.ToString(Inv) },
            new[] { "FF", b.Cost.Ff.ToString(Inv), a.Cost.Ff.ToString(Inv) },
            new[] { "BRAM_18K", b.Cost.Bram18K.ToString(Inv), a.Cost.Bram18K.ToString(Inv) },
            new[] { "bits", b.Cost.Bits.ToString(Inv), a.Cost.Bits.ToString(Inv) },
            new[] { "latency", $"{b.Cost.LatencyCycles} cycles ({G(b.Cost.LatencyNs)} ns)", $"{a.Cost.LatencyCycles} cycles ({G(a.Cost.LatencyNs)} ns)" },
            new[] { $"{report.Target} (calibration)", G(b.CalibrationMetric), G(a.CalibrationMetric) },
            new[] { $"{report.Target} (validation)", G(b.ValidationMetric), G(a.ValidationMetric) },
            new[] { "overflows (calibration)", b.CalibrationOverflows.ToString(Inv), a.CalibrationOverflows.ToString(Inv) },
            new[] { "overflows (validation)", b.ValidationOverflows.ToString(Inv), a.ValidationOverflows.ToString(Inv) },
        };
        sb.Append(new TextTable().Format(["total", "before", "after"], totals));
        sb.AppendLine();
        sb.AppendLine(FormattableString.Invariant($"search: {report.Knobs} knobs, {report.Evaluations} candidates emulated, {report.Parallelism} at once, {report.ElapsedSeconds:0.0} s"));
        sb.AppendLine($"{(report.Outcome == SearchOutcome.Met ? "PASS" : "FAIL")}: {report.Summary}");
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

    private static string G(double v) => v.ToString("G6", Inv);
}
