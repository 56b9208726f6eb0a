using System.Globalization;
using System.Text;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Optimize;

/// <summary>The text report of <c>hls4net optimize</c> (pruning, then precision): one before/after table, the per-layer sparsity, verdict.</summary>
public sealed class OptimizeAllPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(OptimizeReport report, string? yamlPath, string? prunedPath)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"model: {report.Model}");
        sb.AppendLine($"target: {report.Target} end to end (against the unpruned model in float); budget: {report.Budget}");
        sb.AppendLine($"pruning: {report.Prune.Selection} at {report.Prune.Target} in float; precision: {report.Precision.Target} against the pruned model");
        sb.AppendLine();
        sb.Append(PruneReportPrinter.LayerTable(report.Prune.Layers));
        sb.AppendLine();
        var b = report.Before;
        var a = report.After;
        sb.Append(new TextTable().Format(["total", "before (base config)", "after (pruned + tuned)"],
        [
            ["nonzero weights", b.NonZeroWeights.ToString(Inv), a.NonZeroWeights.ToString(Inv)],
            ["DSP", b.Cost.Dsp.ToString(Inv), a.Cost.Dsp.ToString(Inv)],
            ["LUT", b.Cost.Lut.ToString(Inv), a.Cost.Lut.ToString(Inv)],
            ["FF", b.Cost.Ff.ToString(Inv), a.Cost.Ff.ToString(Inv)],
            ["BRAM_18K", b.Cost.Bram18K.ToString(Inv), a.Cost.Bram18K.ToString(Inv)],
            ["bits", b.Cost.Bits.ToString(Inv), a.Cost.Bits.ToString(Inv)],
            ["latency", $"{b.Cost.LatencyCycles} cycles", $"{a.Cost.LatencyCycles} cycles"],
            [$"{report.Target} (calibration)", G(b.CalibrationMetric), G(a.CalibrationMetric)],
            [$"{report.Target} (validation)", G(b.ValidationMetric), G(a.ValidationMetric)],
            ["overflows (validation)", b.ValidationOverflows.ToString(Inv), a.ValidationOverflows.ToString(Inv)],
            ["within budget", b.WithinBudget ? "yes" : "no", a.WithinBudget ? "yes" : "no"],
        ]));
        sb.AppendLine();
        sb.AppendLine(FormattableString.Invariant($"{report.Prune.Evaluations} pruning and {report.Precision.Evaluations} precision candidates, {report.ElapsedSeconds:0.0} s"));
        sb.AppendLine($"{(report.Outcome == SearchOutcome.Met ? "PASS" : "FAIL")}: {report.Summary}");
        if (prunedPath is not null) sb.AppendLine($"pruned model: {prunedPath}");
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
