namespace Hls4Net.Core.Config;

/// <summary>
/// hls4ml's softmax <c>Implementation</c> values and what Hls4Net does with each (docs/hls4ml-differences.md).
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
    /// Why Hls4Net does not compute hls4ml's <paramref name="implementation"/> bit for bit, or null for one it
    /// implements. The approximating variants keep Hls4Net's own softmax (same function, different last bits).
    /// </summary>
    public static string? NotApplied(string implementation) => implementation switch
    {
        Latency or Stable or Legacy =>
            $"Hls4Net computes its own softmax (max-subtracted exp table, exact sum, one correctly rounded reciprocal; docs/softmax.md), "
            + $"not hls4ml's '{implementation}' tables: the outputs are probabilities as with '{implementation}', but their last bits differ from hls4ml's",
        _ => null,
    };
}
