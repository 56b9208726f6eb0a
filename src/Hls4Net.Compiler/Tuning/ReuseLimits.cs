namespace Hls4Net.Tuning;

/// <summary>
/// The budgets as numbers the selector compares with: resource counts (null: no budget), a latency limit in cycles
/// (a ns limit divided by the clock period), and the weight of each resource in the resource score (1 / the part's count).
/// </summary>
public sealed record ReuseLimits(double? Dsp, double? Lut, double? Ff, double? Bram, double? LatencyCycles,
    double DspWeight, double LutWeight, double FfWeight, double BramWeight)
{
    /// <summary>The resource score of a cost: the share of the part it takes, summed over DSP, LUT, FF and BRAM_18K.</summary>
    public double Score(Estimation.ResourceCost c) => c.Dsp * DspWeight + c.Lut * LutWeight + c.Ff * FfWeight + c.Bram18K * BramWeight;
}
