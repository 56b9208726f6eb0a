namespace Hls4Net.Core.Ir;

/// <summary>
/// Where a Dense layer's bias came from when it was a separate ONNX Add folded in by the structural passes: the Add's node
/// name and output name, and the name the MatMul's own output had. A configuration pass uses it to make the Add a bias
/// layer again when the semantics ask for it (see <see cref="GraphRule.BiasLayer"/>).
/// </summary>
public sealed record BiasSource(string AddNode, string AddOutput, string MatMulOutput);
