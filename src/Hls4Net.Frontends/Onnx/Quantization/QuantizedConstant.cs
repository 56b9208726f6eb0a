using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// A constant a quantizer folded at import: the exact type of its values (null when none exists, e.g. a scale that is
/// not a power of two) and the quantizer that made it (<see cref="QuantizerSpec.Origin"/>). <see cref="Alpha"/> is the
/// one scale that is not a power of two (zero point 0), with <see cref="CodeType"/> the integer type of the codes: such
/// weights become integer weights and a scale layer (<see cref="WeightAlpha"/>).
/// </summary>
internal sealed record QuantizedConstant(FixedType? Type, string Dialect, string Origin, double? Alpha = null, FixedType? CodeType = null)
{
    /// <summary>The constant of a folded quantizer <paramref name="spec"/>.</summary>
    public static QuantizedConstant Of(QuantizerSpec spec)
    {
        var alpha = spec.Scale.Size == 1 && QuantizerSpec.Log2Exact(spec.Scale.Data[0]) is null && spec.ZeroPoint.Data.All(z => z == 0)
            ? spec.Scale.Data[0]
            : (double?)null;
        return new(spec.ConstantType(), spec.Dialect, spec.Origin, alpha, alpha is null ? null : new FixedType(spec.BitWidth, spec.BitWidth, spec.Signed));
    }
}
