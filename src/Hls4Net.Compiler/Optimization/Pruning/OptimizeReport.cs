namespace Hls4Net.Optimization;

/// <summary>What <see cref="ModelOptimizer"/> found: both stages' reports and the end-to-end before/after totals.</summary>
public sealed record OptimizeReport
{
    /// <summary>The model file.</summary>
    public required string Model { get; init; }

    /// <summary>The end-to-end target.</summary>
    public required string Target { get; init; }

    /// <summary>The budget, as checked.</summary>
    public required string Budget { get; init; }

    /// <summary>Met only when the target holds end to end on validation, with no calibration overflow, and the budget fits.</summary>
    public required SearchOutcome Outcome { get; init; }

    /// <summary>True when the tuned design's estimate fits the budget.</summary>
    public required bool BudgetMet { get; init; }

    /// <summary>One line saying how it ended.</summary>
    public required string Summary { get; init; }

    /// <summary>The base model and configuration.</summary>
    public required OptimizeTotals Before { get; init; }

    /// <summary>The pruned model with the tuned configuration.</summary>
    public required OptimizeTotals After { get; init; }

    /// <summary>The pruning stage (judged in float).</summary>
    public required PruneReport Prune { get; init; }

    /// <summary>The precision stage (against the pruned model's float outputs).</summary>
    public required PrecisionSearchReport Precision { get; init; }

    /// <summary>Wall time, seconds.</summary>
    public required double ElapsedSeconds { get; init; }

    /// <summary>The tuned YAML (for the pruned model).</summary>
    public string Yaml => Precision.Yaml;
}
