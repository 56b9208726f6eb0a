using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Convolution arithmetic shared by the Conv/DepthwiseConv kernels, mirrored by nnet_conv2d.h.
/// Loop order (standard): for oh, for ow, for co: <c>acc = bias[co]</c> (stored into accum_t); for kh, for kw, for ci:
/// if the input position is inside the input, <c>acc += x[(ih*InW+iw)*InC+ci] * w[((kh*KW+kw)*InC+ci)*OutC+co]</c>;
/// then <c>res = acc</c> (stored into res_t). Padding taps are skipped (adding zero would not change accum_t).
/// Depthwise: for oh, for ow, for c, for m (co = c*mult+m): acc = bias[co]; for kh, for kw:
/// <c>acc += x[(ih*InW+iw)*InC+c] * w[((kh*KW+kw)*InC+c)*mult+m]</c>.
/// </summary>
public static class ConvEngine
{
    public static FixedTensor Run(Node node, FixedTensor input, ConstTensor weights, ConstTensor bias, bool depthwise, OverflowCounter overflow)
    {
        if (Wide.WideConv.Needed(node, input.Type)) return Wide.WideConv.Run(node, input, weights, bias, depthwise, overflow);
        var result = LayerTypes.Result(node);
        var wt = LayerTypes.Required(node, node.Precision.Weight, "weight");
        var bt = LayerTypes.Required(node, node.Precision.Bias, "bias");
        var at = LayerTypes.Required(node, node.Precision.Accum, "accum");
        LayerTypes.Fast(node, input.Type, "input");
        var g = ConvGeometry.Of(node);
        var w = LayerTypes.Quantize(weights.Data, wt);
        var b = LayerTypes.Quantize(bias.Data, bt);
        var mac = new MacUnit(node, input.Type, wt, at);
        var outSize = node.Output.Shape.Size;
        var raw = new long[input.Batch * outSize];
        var output = new AccumulatorStore(result, at.FracBits);
        long stores = 0, overflows = 0;
        for (var s = 0; s < input.Batch; s++)
        {
            var x = input.Sample(s);
            var res = raw.AsSpan(s * outSize, outSize);
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    for (var co = 0; co < g.OutC; co++)
                    {
                        var acc = FixedMath.Convert(b[co], bt, at, out bool o);
                        overflows += o ? 1 : 0;
                        acc = depthwise
                            ? Depthwise(g, x, w, mac, oh, ow, co, acc, ref stores, ref overflows)
                            : Standard(g, x, w, mac, oh, ow, co, acc, ref stores, ref overflows);
                        res[(oh * g.OutW + ow) * g.OutC + co] = output.Store(acc, out o);
                        overflows += o ? 1 : 0;
                        stores += 2;
                    }
                }
            }
        }
        overflow.Add(stores, overflows);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }

    private static long Standard(ConvGeometry g, Span<long> x, long[] w, MacUnit mac, int oh, int ow, int co, long acc, ref long stores, ref long overflows)
    {
        for (var kh = 0; kh < g.KernelH; kh++)
        {
            var ih = oh * g.StrideH - g.PadTop + kh * g.DilationH;
            if (ih < 0 || ih >= g.InH) continue;
            for (var kw = 0; kw < g.KernelW; kw++)
            {
                var iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                if (iw < 0 || iw >= g.InW) continue;
                var xBase = (ih * g.InW + iw) * g.InC;
                var wBase = (kh * g.KernelW + kw) * g.InC;
                for (var ci = 0; ci < g.InC; ci++)
                {
                    acc = mac.Mac(acc, x[xBase + ci], w[(wBase + ci) * g.OutC + co], out bool o);
                    overflows += o ? 1 : 0;
                }
                stores += g.InC;
            }
        }
        return acc;
    }

    private static long Depthwise(ConvGeometry g, Span<long> x, long[] w, MacUnit mac, int oh, int ow, int co, long acc, ref long stores, ref long overflows)
    {
        var mult = g.DepthMultiplier;
        int c = co / mult, m = co % mult;
        for (var kh = 0; kh < g.KernelH; kh++)
        {
            var ih = oh * g.StrideH - g.PadTop + kh * g.DilationH;
            if (ih < 0 || ih >= g.InH) continue;
            for (var kw = 0; kw < g.KernelW; kw++)
            {
                var iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                if (iw < 0 || iw >= g.InW) continue;
                acc = mac.Mac(acc, x[(ih * g.InW + iw) * g.InC + c], w[((kh * g.KernelW + kw) * g.InC + c) * mult + m], out bool o);
                overflows += o ? 1 : 0;
                stores++;
            }
        }
        return acc;
    }
}
