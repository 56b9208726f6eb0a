using Hls4Net.Core.Numerics;

namespace Hls4Net.Nas.Space;

/// <summary>
/// One precision choice of a space: the model's default type (results, accumulators, activations) and, when the space
/// gives bit widths for weights and activations separately, the weight and bias type.
/// </summary>
public sealed record PrecisionChoice(string Name, FixedType Default, FixedType? Weight)
{
    /// <summary>The weight type the design uses (the default when no weight type is given).</summary>
    public FixedType WeightType => Weight ?? Default;

    /// <summary>Bits of a weight.</summary>
    public int WeightBits => WeightType.Width;

    /// <summary>Bits of an activation (a layer's result).</summary>
    public int ActivationBits => Default.Width;
}
