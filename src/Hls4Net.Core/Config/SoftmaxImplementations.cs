using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Config;

/// <summary>
/// hls4ml's softmax <c>Implementation</c> values and what Hls4Net does with each (docs/hls4ml-differences.md,
/// docs/softmax.md): under hls4ml semantics every value is computed bit for bit (stable by default); under exact
/// semantics argmax is applied and the approximating variants keep Hls4Net's own softmax, with a warning.
/// </summary>
public static class SoftmaxImplementations
{
    public const string Latency = "latency";
    public const string Stable = "stable";
    public const string Argmax = "argmax";
    public const string Legacy = "legacy";

    /// <summary>Accepted spellings (matched case-insensitively).</summary>
    public static IReadOnlyList<string> Names { get; } = [Latency, Stable, Argmax, Legacy];

    /// <summary>
    /// The softmax a layer computes for <paramref name="implementation"/> (null when unset) under
    /// <paramref name="semantics"/>: hls4ml's variant under hls4ml semantics (<see cref="SoftmaxVariant.Stable"/> when
    /// unset, as hls4ml's default), Hls4Net's own softmax (or argmax) under exact semantics.
    /// </summary>
    public static SoftmaxVariant Variant(string? implementation, ArithmeticSemantics semantics) => implementation switch
    {
        Argmax => SoftmaxVariant.Argmax,
        _ when semantics != ArithmeticSemantics.Hls4ml => SoftmaxVariant.Exact,
        Latency => SoftmaxVariant.Latency,
        Legacy => SoftmaxVariant.Legacy,
        _ => SoftmaxVariant.Stable,
    };

    /// <summary>
    /// Why Hls4Net does not compute hls4ml's <paramref name="implementation"/> bit for bit under
    /// <paramref name="semantics"/>, or null for one it implements (every value under hls4ml semantics, argmax under
    /// both). Under exact semantics the approximating variants keep Hls4Net's own softmax (same function, different last bits).
    /// </summary>
    public static string? NotApplied(string implementation, ArithmeticSemantics semantics) =>
        semantics == ArithmeticSemantics.Hls4ml ? null : NotApplied(implementation);

    /// <summary>Why Hls4Net does not compute hls4ml's <paramref name="implementation"/> under exact semantics, or null for argmax.</summary>
    public static string? NotApplied(string implementation) => implementation switch
    {
        Latency or Stable or Legacy =>
            $"Hls4Net computes its own softmax (max-subtracted exp table, exact sum, one correctly rounded reciprocal; docs/softmax.md), "
            + $"not hls4ml's '{implementation}' tables: the outputs are probabilities as with '{implementation}', but their last bits differ from hls4ml's "
            + "(Semantics: hls4ml computes hls4ml's tables bit for bit)",
        _ => null,
    };
}
