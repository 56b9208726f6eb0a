using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Models;

/// <summary>
/// How many of a layer's weights, once stored in their fixed-point weight type, are exactly zero and how many are
/// ±2^k (a shift, no multiplier). The conversion truncates towards minus infinity (the AP_TRN default of a weight
/// type) and saturates at the type's range; a layer without a weight type counts every nonzero float as a product.
/// </summary>
public readonly record struct WeightCensus(long Total, long Zero, long PowerOfTwo)
{
    /// <summary>Weights that need a real multiplier.</summary>
    public long Products => Total - Zero - PowerOfTwo;

    public static WeightCensus Count(ReadOnlySpan<float> weights, FixedType? type)
    {
        long zero = 0, pow2 = 0;
        foreach (var w in weights)
        {
            if (type is null)
            {
                if (w == 0) zero++;
                continue;
            }
            var raw = Quantize(w, type);
            if (raw == 0) zero++;
            else if (IsPowerOfTwo(raw < 0 ? -raw : raw)) pow2++;
        }
        return new WeightCensus(weights.Length, zero, pow2);
    }

    private static long Quantize(double w, FixedType type)
    {
        var frac = type.Width - type.IntBits;
        var scaled = Math.Floor(Math.ScaleB(w, frac));
        var width = Math.Min(type.Width, 62);
        double min = type.Signed ? -Math.ScaleB(1, width - 1) : 0;
        var max = Math.ScaleB(1, type.Signed ? width - 1 : width) - 1;
        return (long)Math.Clamp(scaled, min, max);
    }

    private static bool IsPowerOfTwo(long v) => v > 0 && (v & (v - 1)) == 0;
}
