namespace Hls4Net.Optimization;

/// <summary>One side of the <c>hls4net optimize</c> before/after table: estimated cost, weights kept, the target metric end to end (against the unpruned model's float outputs) and overflows.</summary>
public sealed record OptimizeTotals(DesignCost Cost, long NonZeroWeights, double CalibrationMetric, double ValidationMetric, long ValidationOverflows, bool WithinBudget);
