using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="ConvEngine"/> (Conv and DepthwiseConv, 1-D and 2-D): the same loop order and stores
/// (<c>acc = bias</c>; <c>acc += x*w</c> per real tap with an exact BigInteger product and sum, one store into accum_t;
/// <c>res = acc</c>), for a wide input, weight, bias, accum or result type, or an exact sum beyond Int128.
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

    public static FixedTensor Run(Node node, FixedTensor input, ConstTensor weights, ConstTensor bias, bool depthwise, OverflowCounter overflow)
    {
        var p = node.Precision;
        FixedType tr = node.Output.Type!, wt = p.Weight!, bt = p.Bias!, at = p.Accum!, xt = input.Type;
        CppWidth.CheckDense(node, xt, wt, at);
        var g = ConvGeometry.Of(node);
        var w = LayerTypes.QuantizeWide(weights.Data, wt);
        var b = LayerTypes.QuantizeWide(bias.Data, bt);
        int sumFrac = Math.Max(at.FracBits, xt.FracBits + wt.FracBits);
        int accShift = sumFrac - at.FracBits, prodShift = sumFrac - xt.FracBits - wt.FracBits;
        var outSize = node.Output.Shape.Size;
        var codes = new BigInteger[input.Batch * outSize];
        long stores = 0, overflows = 0;
        bool o;
        for (var s = 0; s < input.Batch; s++)
        {
            var xb = s * input.SampleSize;
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    for (var co = 0; co < g.OutC; co++)
                    {
                        var acc = FixedMath.Convert(b[co], bt.FracBits, at, out o);
                        overflows += o ? 1 : 0;
                        int c = depthwise ? co / g.DepthMultiplier : 0, m = depthwise ? co % g.DepthMultiplier : 0;
                        for (var kh = 0; kh < g.KernelH; kh++)
                        {
                            var ih = oh * g.StrideH - g.PadTop + kh * g.DilationH;
                            if (ih < 0 || ih >= g.InH) continue;
                            for (var kw = 0; kw < g.KernelW; kw++)
                            {
                                var iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                                if (iw < 0 || iw >= g.InW) continue;
                                int first = depthwise ? c : 0, last = depthwise ? c + 1 : g.InC;
                                for (var ci = first; ci < last; ci++)
                                {
                                    var x = input.At(xb + (ih * g.InW + iw) * g.InC + ci);
                                    var wi = depthwise
                                        ? w[((kh * g.KernelW + kw) * g.InC + c) * g.DepthMultiplier + m]
                                        : w[((kh * g.KernelW + kw) * g.InC + ci) * g.OutC + co];
                                    acc = FixedMath.Convert((acc << accShift) + ((x * wi) << prodShift), sumFrac, at, out o);
                                    overflows += o ? 1 : 0;
                                    stores++;
                                }
                            }
                        }
                        codes[s * outSize + (oh * g.OutW + ow) * g.OutC + co] = FixedMath.Convert(acc, at.FracBits, tr, out o);
                        overflows += o ? 1 : 0;
                        stores += 2;
                    }
                }
            }
        }
        overflow.Add(stores, overflows);
        return WideRaw.Tensor(tr, node.Output.Shape, input.Batch, codes);
    }
}
