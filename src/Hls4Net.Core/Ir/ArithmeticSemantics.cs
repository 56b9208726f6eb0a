namespace Hls4Net.Core.Ir;

/// <summary>
/// Which arithmetic a layer follows (config key <c>Semantics</c>, docs/hls4ml-differences.md).
/// <see cref="Hls4ml"/> gives hls4ml's bits for the same configuration: batch norm and bias layers fuse only when the
/// layer before has no explicit result type, each product is stored into the accumulator type before it is summed,
/// the softmax is hls4ml's table softmax (<c>stable</c> by default), and a QKeras activation quantizer sets the result
/// type only through the configuration. <see cref="Exact"/> is Hls4Net's own arithmetic: always fuse, exact products,
/// the exact-sum softmax, quantizer types always applied. Weights are rounded from their exact values under both.
/// </summary>
public enum ArithmeticSemantics
{
    Hls4ml,
    Exact,
}
