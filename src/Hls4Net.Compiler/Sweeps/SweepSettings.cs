using Hls4Net.Core.Data;
using Hls4Net.Optimization;

namespace Hls4Net.Sweeps;

/// <summary>How <see cref="SweepRunner"/> evaluates a grid.</summary>
public sealed class SweepSettings
{
    /// <summary>The samples every point is emulated on and compared with float.</summary>
    public required SampleSet Samples { get; init; }

    /// <summary>The metric the plot and the Pareto fronts use; null: argmax for a classifier, else rel-rmse.</summary>
    public TargetMetric? Metric { get; init; }

    /// <summary>Also C-simulate every point with g++ and compare bit for bit (on at most <see cref="CsimSamples"/> samples).</summary>
    public bool Csim { get; init; }

    public int CsimSamples { get; init; } = 100;

    /// <summary>Points evaluated at once (default: every core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
