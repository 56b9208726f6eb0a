using Hls4Net.Core.Data;
using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Optimization;

/// <summary>What <see cref="ModelOptimizer"/> (<c>hls4net optimize</c>: pruning, then precision) works with.</summary>
public sealed class OptimizeSettings
{
    /// <summary>The calibration samples.</summary>
    public required SampleSet Calibration { get; init; }

    /// <summary>The validation samples; null uses the calibration set.</summary>
    public SampleSet? Validation { get; init; }

    /// <summary>The accuracy to keep against the unpruned model's float outputs, end to end.</summary>
    public PrecisionTarget Target { get; init; } = PrecisionTarget.Default;

    /// <summary>The resource budget the tuned design must fit (checked on the estimate).</summary>
    public EstimateBudget Budget { get; init; } = new();

    /// <summary>
    /// Share of the allowed error given to pruning, in (0, 1): pruning is searched in float against the target with
    /// that share of the error (argmax&gt;=A: 1 − share·(1 − A); max-abs/rel-rmse: share·E); the precision search gets
    /// what pruning left unused (at least the rest) against the pruned model's float outputs; the errors add up at most
    /// (triangle inequality), and the result is checked end to end.
    /// </summary>
    public double PruneShare { get; init; } = 0.5;

    /// <summary>Remove dead neurons (<see cref="StructuredPruner"/>).</summary>
    public bool Structured { get; init; } = true;

    /// <summary>Where the pruned model will be written (recorded in the tuned YAML); null keeps the original path.</summary>
    public string? PrunedModelPath { get; init; }

    /// <summary>Settings of the precision stage (its samples and target are set by the optimizer).</summary>
    public CostMetric Cost { get; init; } = CostMetric.Dsp;

    /// <summary>Search margin of both stages.</summary>
    public double Margin { get; init; } = 0.7;

    /// <summary>Candidate evaluations at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
