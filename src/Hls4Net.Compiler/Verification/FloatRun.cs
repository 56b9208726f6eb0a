using Hls4Net.Core.Ir;

namespace Hls4Net.Verification;

/// <summary>
/// Float reference outputs (batch-major doubles, one array per graph output) and, for traced layers, the float
/// value of each layer's output; layers that could not be traced carry a note in <see cref="Skipped"/>.
/// </summary>
public sealed record FloatRun(
    IReadOnlyList<double[]> Outputs,
    IReadOnlyDictionary<Node, double[]> Layers,
    IReadOnlyDictionary<Node, string> Skipped);
