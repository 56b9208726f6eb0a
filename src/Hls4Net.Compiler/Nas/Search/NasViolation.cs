using System.Globalization;

namespace Hls4Net.Nas.Search;

/// <summary>One budget a design misses: the resource (DSP, LUT, FF, BRAM_18K, URAM, latency), the estimate and the limit.</summary>
public sealed record NasViolation(string Resource, double Estimate, double Limit, string LimitText)
{
    /// <summary>How far over the limit, as estimate / limit (infinite for a zero limit).</summary>
    public double Ratio => Limit > 0 ? Estimate / Limit : double.PositiveInfinity;

    /// <summary><c>latency 120 &gt; 100 ns</c>, <c>DSP 2100 &gt; 20% of 6840 = 1368</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Resource} {Estimate:0.##} > {LimitText}");
}
