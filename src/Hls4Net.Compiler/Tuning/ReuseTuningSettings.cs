using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Tuning;

/// <summary>What <see cref="ReuseTuner"/> tunes for.</summary>
public sealed class ReuseTuningSettings
{
    /// <summary>The resource and latency limits (a percentage is of the config's part).</summary>
    public EstimateBudget Budget { get; init; } = new();

    /// <summary>What to minimize within the budget.</summary>
    public ReuseObjective Objective { get; init; } = ReuseObjective.Latency;

    /// <summary>Designs configured and estimated at once (default: every core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
