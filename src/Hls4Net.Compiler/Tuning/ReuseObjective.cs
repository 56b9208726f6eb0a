namespace Hls4Net.Tuning;

/// <summary>What <c>optimize reuse</c> minimizes within the budgets.</summary>
public enum ReuseObjective
{
    /// <summary>The estimated latency in cycles (then the resource score, then the II).</summary>
    Latency,

    /// <summary>
    /// The resource score: the sum over DSP, LUT, FF and BRAM_18K of the share of the part each uses (then latency).
    /// </summary>
    Resources,
}
