namespace Hls4Net.Core.Ir;

/// <summary>
/// An op with constant weights and a bias that accumulates products (Dense-like): its node needs
/// <c>Precision.Weight</c>, <c>Precision.Bias</c> and <c>Precision.Accum</c>.
/// </summary>
public interface IWeightedOp
{
    /// <summary>The weights, in the op's documented layout.</summary>
    ConstTensor Weights { get; }

    /// <summary>The bias, one value per output channel.</summary>
    ConstTensor Bias { get; }
}
