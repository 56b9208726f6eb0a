namespace Hls4Net.Estimation;

/// <summary>
/// The estimate of one layer: its resources, its latency in clock cycles, its initiation interval (cycles between
/// two inputs), and the reason behind each figure.
/// </summary>
public sealed record LayerEstimate(string Layer, string Op, ResourceCost Resources, long LatencyCycles, long Ii, CostReasons Reasons);
