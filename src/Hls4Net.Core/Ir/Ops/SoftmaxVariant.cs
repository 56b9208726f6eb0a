namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Which softmax a <see cref="SoftmaxOp"/> computes. <see cref="Exact"/> is Hls4Net's own softmax (docs/softmax.md);
/// the others are hls4ml's <c>Implementation</c> values, bit for bit. Under <c>Exact</c> semantics only
/// <see cref="Exact"/> and <see cref="Argmax"/> occur; under <c>Hls4ml</c> semantics SoftmaxKeysPass
/// sets the configured implementation (<see cref="Stable"/> by default).
/// </summary>
public enum SoftmaxVariant
{
    /// <summary>Hls4Net's own softmax: max-subtracted exp table, exact sum, correctly rounded reciprocal.</summary>
    Exact,

    /// <summary>hls4ml's <c>argmax</c>: one-hot of the first maximum.</summary>
    Argmax,

    /// <summary>hls4ml's <c>stable</c>: exp table indexed by the top bits of max - x, adder tree, 1/sum table.</summary>
    Stable,

    /// <summary>hls4ml's <c>latency</c>: exp table indexed by the top bits of x, adder tree, 1/sum table.</summary>
    Latency,

    /// <summary>hls4ml's <c>legacy</c>: per output, a sum of exp(x_j - x_i) table entries and a 1/sum table.</summary>
    Legacy,
}
