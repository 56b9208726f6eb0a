using Hls4Net.Estimation;

namespace Hls4Net.Tuning;

/// <summary>The estimated totals of a design: resources, latency and II.</summary>
public sealed record TuningTotals(long Dsp, long Lut, long Ff, long Bram18K, long Uram, long LatencyCycles, double LatencyNs, long Ii)
{
    /// <summary>The totals of <paramref name="estimate"/>.</summary>
    public static TuningTotals Of(DesignEstimate estimate) => new(
        estimate.Total.Dsp, estimate.Total.Lut, estimate.Total.Ff, estimate.Total.Bram18K, estimate.Total.Uram,
        estimate.LatencyCycles, estimate.LatencyNs, estimate.Ii);
}
