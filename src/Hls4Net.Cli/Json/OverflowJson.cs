namespace Hls4Net.Cli;

/// <summary>One layer's overflow count in <see cref="EmulateJson"/>.</summary>
public sealed record OverflowJson(string Layer, long Stores, long Overflows);
