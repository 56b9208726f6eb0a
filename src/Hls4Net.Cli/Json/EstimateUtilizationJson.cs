namespace Hls4Net.Cli;

/// <summary>The utilization of the part, in percent, of <see cref="EstimateJson"/> (null where the part is unknown).</summary>
public sealed record EstimateUtilizationJson(double? Dsp, double? Lut, double? Ff, double? Bram18k, double? Uram);
