using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir;

/// <summary>
/// The quantization a trained model itself applies to a node's output (e.g. a QKeras activation quantizer): round
/// and saturate into <see cref="Type"/>, then clamp to [<see cref="Min"/>, <see cref="Max"/>] where the model's range is
/// narrower than the type's (quantized_relu's negative side, a symmetric quantized_sigmoid). Float references apply it so
/// that they compute what the quantized model computes.
/// </summary>
public sealed record ModelQuantizer(FixedType Type, double Min = double.NegativeInfinity, double Max = double.PositiveInfinity)
{
    /// <summary>The model's value for <paramref name="x"/>.</summary>
    public double Apply(double x)
    {
        var q = FixedMath.ToDouble(FixedMath.FromDouble(x, Type), Type.FracBits);
        return Math.Clamp(q, Min, Max);
    }
}
