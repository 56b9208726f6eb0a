using Hls4Net.Nas.Space;

namespace Hls4Net.Nas.Search;

/// <summary>
/// The estimate of one architecture at one hardware choice: the totals and latency, whether it meets every budget,
/// and otherwise the budgets it misses (<see cref="Violations"/>) or why the configuration was refused (<see cref="Error"/>).
/// </summary>
public sealed record NasChoiceEstimate(HardwareChoice Choice, bool Fits, long Dsp, long Lut, long Ff, long Bram18K, long Uram,
    long LatencyCycles, double LatencyNs, long Ii, IReadOnlyList<NasViolation> Violations, string? Error)
{
    /// <summary>The share of the part the design takes, summed over DSP, LUT, FF and BRAM_18K (0 when the part is unknown).</summary>
    public double ResourceScore { get; init; }
}
