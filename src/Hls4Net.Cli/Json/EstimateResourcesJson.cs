namespace Hls4Net.Cli;

/// <summary>The total resources of <see cref="EstimateJson"/>.</summary>
public sealed record EstimateResourcesJson(long Dsp, long Lut, long Ff, long Bram18k, long Uram);
