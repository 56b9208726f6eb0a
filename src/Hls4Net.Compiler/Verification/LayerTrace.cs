namespace Hls4Net.Verification;

/// <summary>One traced layer: its CSV file and error against the float reference, or why it was skipped.</summary>
public sealed record LayerTrace(string Layer, string Value, string? File, double? MaxAbsError, double? MeanAbsError, string? Skipped);
