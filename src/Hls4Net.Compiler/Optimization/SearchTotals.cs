namespace Hls4Net.Optimization;

/// <summary>Totals of one configuration: its estimated cost and the target metric and overflows on both sample sets.</summary>
public sealed record SearchTotals(
    DesignCost Cost,
    double CalibrationMetric,
    double ValidationMetric,
    long CalibrationOverflows,
    long ValidationOverflows);
