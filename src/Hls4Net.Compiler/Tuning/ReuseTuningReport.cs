using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Tuning;

/// <summary>The result of <see cref="ReuseTuner"/>: the per-layer choices, totals before and after, the budget checks and the YAML.</summary>
public sealed record ReuseTuningReport
{
    public required string Model { get; init; }

    /// <summary>"latency" or "resources".</summary>
    public required string Objective { get; init; }

    /// <summary>The budgets as given (e.g. "DSP &lt;= 30% of 6840 = 2052").</summary>
    public required IReadOnlyList<string> Budgets { get; init; }

    /// <summary>True when the tuned design meets every budget and fits the part (the estimator's verdict).</summary>
    public required bool Fits { get; init; }

    /// <summary>One line: what was achieved, or what is closest and which layer dominates.</summary>
    public required string Summary { get; init; }

    /// <summary>For each budget the closest design misses: the layers that take the most of it.</summary>
    public IReadOnlyList<string> Dominant { get; init; } = [];

    public required IReadOnlyList<LayerReuse> Layers { get; init; }

    public required TuningTotals Before { get; init; }

    public required TuningTotals After { get; init; }

    /// <summary>Every check of the tuned design against the budgets and the part.</summary>
    public required IReadOnlyList<BudgetCheck> Checks { get; init; }

    /// <summary>Designs configured and estimated.</summary>
    public int Evaluations { get; init; }

    public double ElapsedSeconds { get; init; }

    /// <summary>The tuned hls4ml-style configuration (every layer resolved), as <c>convert -c</c> reads it.</summary>
    public required string Yaml { get; init; }
}
