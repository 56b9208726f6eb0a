using System.Globalization;

namespace Hls4Net.Optimization;

/// <summary>
/// The accuracy a precision search must keep, against the float reference on the model's final outputs:
/// <c>argmax&gt;=A</c>, <c>max-abs&lt;=E</c> or <c>rel-rmse&lt;=R</c>.
/// </summary>
public sealed record PrecisionTarget(TargetMetric Metric, double Threshold)
{
    /// <summary>The default target: argmax agreement of at least 0.999.</summary>
    public static PrecisionTarget Default { get; } = new(TargetMetric.Argmax, 0.999);

    /// <summary>True when a larger value of the metric is better (argmax agreement).</summary>
    public bool HigherIsBetter => Metric == TargetMetric.Argmax;

    /// <summary>Parse <c>argmax&gt;=0.999</c>, <c>max-abs&lt;=0.01</c> or <c>rel-rmse&lt;=0.05</c>.</summary>
    /// <exception cref="UsageException">The text is not one of these forms.</exception>
    public static PrecisionTarget Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        (string Prefix, TargetMetric Metric)[] forms = [("argmax>=", TargetMetric.Argmax), ("max-abs<=", TargetMetric.MaxAbs), ("rel-rmse<=", TargetMetric.RelRmse)];
        foreach (var (prefix, metric) in forms)
        {
            if (!t.StartsWith(prefix, StringComparison.Ordinal)) continue;
            if (!double.TryParse(t[prefix.Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value) || value < 0
                || (metric == TargetMetric.Argmax && value > 1))
            {
                throw new UsageException($"--target '{text}': the threshold must be a number{(metric == TargetMetric.Argmax ? " in [0, 1]" : " >= 0")}");
            }
            return new PrecisionTarget(metric, value);
        }
        throw new UsageException($"--target '{text}': expected argmax>=A, max-abs<=E or rel-rmse<=R");
    }

    /// <summary>
    /// This target tightened by <paramref name="margin"/> (a fraction of the allowed error, in [0, 1)): argmax&gt;=A becomes
    /// argmax&gt;=1 − (1 − A)(1 − margin); max-abs&lt;=E and rel-rmse&lt;=R become E(1 − margin).
    /// </summary>
    public PrecisionTarget Tightened(double margin) => TightenedTowards(HigherIsBetter ? 1 : 0, margin);

    /// <summary>
    /// The target a search judges candidates against on calibration, given what the start (every type at its widest)
    /// reaches there: the margin holds back the fraction <paramref name="margin"/> of the slack the start actually has,
    /// threshold + margin·(start − threshold). The start's own error (e.g. hls4ml's table softmax, whose exp index merges
    /// the top logits when they are closer than its bin, so that the lower index wins) is there in every candidate, on
    /// both sets; only the error the search adds is held back. A start without error (argmax agreement 1, error 0) gives
    /// <see cref="Tightened"/>; so does a start that misses the target or overflows (the search reports it out of reach).
    /// </summary>
    public PrecisionTarget ForSearch(double startMetric, long startOverflows, double margin)
    {
        if (startOverflows != 0 || !IsMet(startMetric)) return Tightened(margin);
        return TightenedTowards(startMetric, margin);
    }

    /// <summary>
    /// This target moved the fraction <paramref name="margin"/> of the way from its threshold towards
    /// <paramref name="reachable"/> (a value that meets it): threshold + margin·(reachable − threshold).
    /// </summary>
    public PrecisionTarget TightenedTowards(double reachable, double margin)
    {
        if (margin is < 0 or >= 1 || double.IsNaN(margin)) throw new UsageException($"--margin must be in [0, 1), got {margin}");
        return this with { Threshold = Threshold + margin * (reachable - Threshold) };
    }

    /// <summary>True when <paramref name="value"/> meets the target (NaN never does).</summary>
    public bool IsMet(double value) => !double.IsNaN(value) && (HigherIsBetter ? value >= Threshold : value <= Threshold);

    /// <summary>By how much <paramref name="value"/> misses the target (positive when missed, zero or negative when met).</summary>
    public double Shortfall(double value) => double.IsNaN(value) ? double.PositiveInfinity : HigherIsBetter ? Threshold - value : value - Threshold;

    /// <summary>
    /// The metric of <paramref name="actual"/> against <paramref name="expected"/> (batch-major, one array per graph
    /// output, <paramref name="sizes"/> values per sample): the worst over the outputs.
    /// </summary>
    public double Measure(IReadOnlyList<double[]> actual, IReadOnlyList<double[]> expected, IReadOnlyList<int> sizes)
    {
        var worst = HigherIsBetter ? 1.0 : 0.0;
        for (var k = 0; k < actual.Count; k++)
        {
            var v = Measure(actual[k], expected[k], sizes[k]);
            if (double.IsNaN(v)) return double.NaN;
            worst = HigherIsBetter ? Math.Min(worst, v) : Math.Max(worst, v);
        }
        return worst;
    }

    private double Measure(double[] actual, double[] expected, int size)
    {
        switch (Metric)
        {
            case TargetMetric.Argmax:
                return size < 2 ? 1.0 : Verification.ErrorStatistics.ArgmaxAgreement(size, actual, expected);
            case TargetMetric.MaxAbs:
            {
                var max = 0.0;
                for (var i = 0; i < actual.Length; i++)
                {
                    var e = Math.Abs(actual[i] - expected[i]);
                    if (double.IsNaN(e)) return double.NaN;
                    max = Math.Max(max, e);
                }
                return max;
            }
            default:
            {
                double err = 0, norm = 0;
                for (var i = 0; i < actual.Length; i++)
                {
                    var d = actual[i] - expected[i];
                    err += d * d;
                    norm += expected[i] * expected[i];
                }
                if (double.IsNaN(err)) return double.NaN;
                return norm == 0 ? (err == 0 ? 0 : double.PositiveInfinity) : Math.Sqrt(err / norm);
            }
        }
    }

    /// <summary>The target as the command line writes it.</summary>
    public override string ToString() => Metric switch
    {
        TargetMetric.Argmax => FormattableString.Invariant($"argmax>={Threshold}"),
        TargetMetric.MaxAbs => FormattableString.Invariant($"max-abs<={Threshold}"),
        _ => FormattableString.Invariant($"rel-rmse<={Threshold}"),
    };
}
