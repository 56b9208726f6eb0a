using Hls4Net.Core.Data;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Optimization;

/// <summary>What <see cref="PrecisionSearch"/> searches with: samples, target, cost and the bounds of the search.</summary>
public sealed class PrecisionSearchSettings
{
    /// <summary>The calibration samples: profiled in float, and every candidate is judged on them.</summary>
    public required SampleSet Calibration { get; init; }

    /// <summary>The validation samples the guarantee is checked on; null uses the calibration set (and says so).</summary>
    public SampleSet? Validation { get; init; }

    /// <summary>The accuracy to keep (default <c>argmax&gt;=0.999</c>).</summary>
    public PrecisionTarget Target { get; init; } = PrecisionTarget.Default;

    /// <summary>The cost to minimize.</summary>
    public CostMetric Cost { get; init; } = CostMetric.Dsp;

    /// <summary>Integer bits added to what the calibration range needs (results and accumulators).</summary>
    public int GuardBits { get; init; } = 1;

    /// <summary>Overflow mode of the tuned types (e.g. <see cref="OverflowMode.Sat"/>); null keeps the base config's.</summary>
    public OverflowMode? Overflow { get; init; }

    /// <summary>
    /// Weights and biases round to nearest and saturate (AP_RND, AP_SAT) instead of the base config's modes: they are
    /// constants, quantized at compile time, so this costs nothing in hardware, halves their error and needs no extra
    /// integer bit for a weight that rounds up.
    /// </summary>
    public bool RoundConstants { get; init; } = true;

    /// <summary>
    /// Safety margin of the search, in [0, 1): candidates are judged on the calibration set against a target tightened
    /// by this fraction of the allowed error (argmax&gt;=A: agreement ≥ 1 − (1 − A)(1 − margin); max-abs&lt;=E and
    /// rel-rmse&lt;=R: error ≤ E(1 − margin)), so that the untightened target holds on the validation set.
    /// </summary>
    public double Margin { get; init; } = 0.7;

    /// <summary>Fractional bits every type starts from.</summary>
    public int StartFracBits { get; init; } = 18;

    /// <summary>Largest width of a tuned type.</summary>
    public int MaxWidth { get; init; } = 40;

    /// <summary>log2 of the table size table layers start from (at least their base size).</summary>
    public int StartTableSizeLog2 { get; init; } = 16;

    /// <summary>log2 of the smallest table size tried.</summary>
    public int MinTableSizeLog2 { get; init; } = 6;

    /// <summary>Candidate evaluations run at once (default: every core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
