using Hls4Net.Estimation;

namespace Hls4Net.Cli;

/// <summary>One layer of <see cref="EstimateJson"/>.</summary>
public sealed record EstimateLayerJson(
    string Layer, string Op, long Dsp, long Lut, long Ff, long Bram18k, long Uram, long LatencyCycles, long Ii, CostReasons Reasons);
