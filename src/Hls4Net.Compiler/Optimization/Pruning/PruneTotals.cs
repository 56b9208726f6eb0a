namespace Hls4Net.Optimization;

/// <summary>Totals of one model in a pruning or optimize report: estimated cost, weights kept and the target metric.</summary>
public sealed record PruneTotals(DesignCost Cost, long Weights, long NonZeroWeights, double CalibrationMetric, double ValidationMetric, long CalibrationOverflows, long ValidationOverflows);
