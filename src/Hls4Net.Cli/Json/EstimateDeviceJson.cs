namespace Hls4Net.Cli;

/// <summary>The known device of <see cref="EstimateJson"/>'s part.</summary>
public sealed record EstimateDeviceJson(string Alias, string Family, bool Approximate);
