namespace Hls4Net.Cli;

/// <summary>One line of <c>hls4net inspect</c>.</summary>
public sealed record LayerRow(
    string Layer, string Op, string Input, string Output, int Parameters,
    string Result, string? Weight, string? Bias, string? Accum, string Strategy, int ReuseFactor);
