using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="ConvEngine"/> (Conv and DepthwiseConv, 1-D and 2-D): the same loop order and stores
/// (<c>acc = bias</c>; <c>acc += x*w</c> per real tap with an exact BigInteger product and sum, one store into accum_t;
/// <c>res = acc</c>; under hls4ml semantics <c>acc += (accum_t)(x*w)</c>, the product stored first), for a wide input, weight, bias, accum or result type, or an exact sum beyond Int128.
/// </summary>
public static class WideConv
{
    /// <summary>True when the node needs the wide path (all its types must be set; otherwise the fast path reports what is missing).</summary>
    public static bool Needed(Node node, FixedType input)
    {
        var p = node.Precision;
        if (node.Output.Type is not { } r || p.Weight is not { } w || p.Bias is not { } b || p.Accum is not { } a) return false;
        if (LayerTypes.AnyWide(input, r, w, b, a)) return true;
        int frac = Math.Max(a.FracBits, input.FracBits + w.FracBits);
        return Math.Max(a.IntBits, input.IntBits + w.IntBits) + frac + 2 > WideRaw.FastExactWidth; // MacUnit's bound
    }

    /// <summary>Runs the convolution; with <paramref name="storeProducts"/> (hls4ml semantics) each product is stored into accum_t before it is added.</summary>
    public static FixedTensor Run(Node node, FixedTensor input, ConstTensor weights, ConstTensor bias, bool depthwise, bool storeProducts, OverflowCounter overflow)
    {
        var p = node.Precision;
        FixedType tr = node.Output.Type!, wt = p.Weight!, bt = p.Bias!, at = p.Accum!, xt = input.Type;
        CppWidth.CheckDense(node, xt, wt, at);
        var g = ConvGeometry.Of(node);
        var codes = new BigInteger[input.Batch * node.Output.Shape.Size];
        var arithmetic = new WideConvArithmetic(input, LayerTypes.QuantizeWide(weights.Data, wt), LayerTypes.QuantizeWide(bias.Data, bt), wt, bt, at, tr, codes, storeProducts);
        ConvLoop.Run<BigInteger, WideConvArithmetic>(g, depthwise, input.Batch, ref arithmetic);
        overflow.Add(arithmetic.Stores, arithmetic.Overflows);
        return WideRaw.Tensor(tr, node.Output.Shape, input.Batch, codes);
    }
}
