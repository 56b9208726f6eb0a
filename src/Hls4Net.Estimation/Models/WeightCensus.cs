using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Models;

/// <summary>
/// How a layer's weights, once stored in their fixed-point weight type, fall for constant folding: exactly zero (no
/// product), ±2^k (a shift), <em>narrow</em> (the significant bits of |w|, from the highest to the lowest set bit, span
/// at most <c>narrowMaxBits</c>: Vitis builds the product from a few shifted adds in LUTs), or a real multiplier. The
/// conversion truncates towards minus infinity (the AP_TRN default of a weight type) and saturates at the type's
/// range; a layer without a weight type counts every nonzero float as a real product.
/// </summary>
public readonly record struct WeightCensus(long Total, long Zero, long PowerOfTwo, long Narrow, long NarrowSpanBits)
{
    /// <summary>Weights that need a real multiplier (DSP or a full LUT multiplier, by operand widths).</summary>
    public long Products => Total - Zero - PowerOfTwo - Narrow;

    /// <summary>LUTs of the narrow weights' shifted adds: span−1 adders of the data width each.</summary>
    public long NarrowLut(int dataBits, double lutPerAdderBit) => (long)Math.Round((NarrowSpanBits - Narrow) * (double)dataBits * lutPerAdderBit);

    /// <summary>Weights that are not zero.</summary>
    public long NonZero => Total - Zero;

    public static WeightCensus Count(ReadOnlySpan<float> weights, FixedType? type, int narrowMaxBits)
    {
        long zero = 0, pow2 = 0, narrow = 0, spanSum = 0;
        foreach (var w in weights)
        {
            if (type is null)
            {
                if (w == 0) zero++;
                continue;
            }
            var raw = Quantize(w, type);
            var magnitude = raw < 0 ? -raw : raw;
            if (magnitude == 0) zero++;
            else if ((magnitude & (magnitude - 1)) == 0) pow2++;
            else
            {
                var span = Span(magnitude);
                if (span <= narrowMaxBits)
                {
                    narrow++;
                    spanSum += span;
                }
            }
        }
        return new WeightCensus(weights.Length, zero, pow2, narrow, spanSum);
    }

    /// <summary>Bits from the highest to the lowest set bit of <paramref name="magnitude"/> (&gt; 0).</summary>
    public static int Span(long magnitude) =>
        64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)magnitude) - System.Numerics.BitOperations.TrailingZeroCount(magnitude);

    private static long Quantize(double w, FixedType type)
    {
        var frac = type.Width - type.IntBits;
        var scaled = Math.Floor(Math.ScaleB(w, frac));
        var width = Math.Min(type.Width, 62);
        double min = type.Signed ? -Math.ScaleB(1, width - 1) : 0;
        var max = Math.ScaleB(1, type.Signed ? width - 1 : width) - 1;
        return (long)Math.Clamp(scaled, min, max);
    }
}
