using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Cli;

/// <summary><c>hls4net estimate --json</c>: the design estimate, its utilization of the part and the budget checks.</summary>
public sealed record EstimateJson(
    string Model, string Part, EstimateDeviceJson? Device, string IoType, double ClockPeriodNs,
    IEnumerable<EstimateLayerJson> Layers, EstimateResourcesJson Total, EstimateUtilizationJson Utilization,
    long LatencyCycles, double LatencyNs, long Ii, string IiReason, bool Fits, IReadOnlyList<BudgetCheck> Checks);
