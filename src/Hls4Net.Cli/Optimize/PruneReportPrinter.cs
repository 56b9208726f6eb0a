using System.Globalization;
using System.Text;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Optimize;

/// <summary>The text report of <c>hls4net optimize prune</c>: per-layer sparsity, totals before/after, verdict.</summary>
public sealed class PruneReportPrinter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public string Format(PruneReport report, string? outputPath)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"model: {report.Model}");
        sb.AppendLine($"target: {report.Target} (against the unpruned model in float; candidates judged {(report.Evaluation == "fixed" ? "bit-accurately under the base config" : "in float")})");
        sb.AppendLine($"selection: {report.Selection}{(report.Searched ? " (searched)" : "")}");
        sb.AppendLine();
        sb.Append(LayerTable(report.Layers));
        sb.AppendLine();
        sb.Append(Totals(report.Target, report.Before, report.After));
        sb.AppendLine();
        sb.AppendLine(FormattableString.Invariant($"{report.Evaluations} candidates judged, {report.ElapsedSeconds:0.0} s"));
        sb.AppendLine($"{(report.Outcome == SearchOutcome.Met ? "PASS" : "FAIL")}: {report.Summary}");
        if (outputPath is not null) sb.AppendLine($"pruned model: {outputPath}");
        return sb.ToString();
    }

    /// <summary>The per-layer sparsity table.</summary>
    public static string LayerTable(IReadOnlyList<LayerSparsity> layers) => new TextTable().Format(
        ["layer", "shape", "pruned shape", "weights", "zero before", "zero after", "zero codes after", "neurons removed", "sparsity"],
        layers.Select(l => new[]
        {
            l.Layer, l.ShapeBefore, l.ShapeAfter, l.Weights.ToString(Inv), l.ZerosBefore.ToString(Inv), l.ZerosAfter.ToString(Inv),
            l.ZeroCodesAfter.ToString(Inv), l.NeuronsRemoved.ToString(Inv), l.Sparsity.ToString("0.0%", Inv),
        }));

    private static string Totals(string target, PruneTotals b, PruneTotals a) => new TextTable().Format(["total", "before", "after"],
    [
        ["nonzero weights", $"{b.NonZeroWeights} of {b.Weights}", $"{a.NonZeroWeights} of {a.Weights}"],
        ["DSP", b.Cost.Dsp.ToString(Inv), a.Cost.Dsp.ToString(Inv)],
        ["LUT", b.Cost.Lut.ToString(Inv), a.Cost.Lut.ToString(Inv)],
        ["FF", b.Cost.Ff.ToString(Inv), a.Cost.Ff.ToString(Inv)],
        ["BRAM_18K", b.Cost.Bram18K.ToString(Inv), a.Cost.Bram18K.ToString(Inv)],
        ["bits", b.Cost.Bits.ToString(Inv), a.Cost.Bits.ToString(Inv)],
        [$"{target} (calibration)", G(b.CalibrationMetric), G(a.CalibrationMetric)],
        [$"{target} (validation)", G(b.ValidationMetric), G(a.ValidationMetric)],
    ]);

    private static string G(double v) => v.ToString("G6", Inv);
}
