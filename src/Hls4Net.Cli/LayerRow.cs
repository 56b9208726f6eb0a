namespace Hls4Net.Cli;

/// <summary>
/// One line of <c>hls4net inspect</c>: <paramref name="Semantics"/> is the layer's arithmetic semantics (the top-level one
/// for graph inputs) and <paramref name="Rules"/> the semantics-dependent rules that shaped it (<see cref="LayerRules"/>).
/// </summary>
public sealed record LayerRow(
    string Layer, string Op, string Input, string Output, int Parameters,
    string Result, string? Weight, string? Bias, string? Accum, string Strategy, int ReuseFactor,
    string Semantics, IReadOnlyList<string> Rules);
