using Hls4Net.Core.Numerics;

namespace Hls4Net.Estimation.Models;

/// <summary>
/// Where one data×weight product goes: LUTs when the narrower operand has at most
/// <see cref="EstimatorConstants.LutMultiplierMaxBits"/> bits (1-bit weights are an XNOR/negate: no multiplier at
/// all, 2-bit ternary weights a negate and select), else DSP slices by <see cref="DspShape.SlicesPerProduct"/>.
/// </summary>
public readonly record struct ProductMapping(int DataBits, int WeightBits, int DspPerProduct, double LutPerProduct, string Text)
{
    public bool OnDsp => DspPerProduct > 0;

    public static ProductMapping For(FixedType? data, FixedType? weight, EstimationContext context)
    {
        var a = data?.Width ?? 16;
        var b = weight?.Width ?? 16;
        var c = context.Constants;
        if (Math.Min(a, b) <= 2)
        {
            // Binary/ternary operand: the "product" is the other operand, negated or zeroed: an adder input, not a multiplier.
            return new ProductMapping(a, b, 0, Math.Max(a, b) * 0.5, $"{a}×{b}-bit products are negate/select in LUTs");
        }
        if (Math.Min(a, b) <= c.LutMultiplierMaxBits)
        {
            return new ProductMapping(a, b, 0, a * b * c.LutPerFabricProductBit,
                $"{a}×{b}-bit products in LUTs (narrower operand ≤ {c.LutMultiplierMaxBits} bits)");
        }
        var slices = context.Dsp.SlicesPerProduct(a, b);
        return new ProductMapping(a, b, slices, c.LutPerDspProduct,
            $"{a}×{b}-bit products on {context.Dsp.Name} ({context.Dsp.WideBits}×{context.Dsp.NarrowBits}): {slices} per product");
    }
}
