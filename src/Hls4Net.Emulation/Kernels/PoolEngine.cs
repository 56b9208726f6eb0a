using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Pooling arithmetic shared by Pool1D/Pool2D/GlobalPool, mirrored by nnet_pooling.h. For oh, for ow, for c, the
/// window taps kh, kw in order, skipping padding:
/// Max: <c>m = first tap; if (x &gt; m) m = x;</c> then <c>res = m</c>.
/// Average: <c>acc = 0</c> (accum_t); <c>acc += x</c> per tap (stored into accum_t); n = number of real taps
/// (or the full window when count_include_pad); <c>res = acc * inv_t(1.0/n)</c> (see <see cref="PoolTypes"/>).
/// </summary>
public static class PoolEngine
{
    public static FixedTensor Run(Node node, FixedTensor input, PoolKind pool, bool countIncludePad, OverflowCounter overflow)
    {
        if (Wide.WidePool.Needed(node, input, pool)) return Wide.WidePool.Run(node, input, pool, countIncludePad, overflow);
        var result = LayerTypes.Result(node);
        var xt = LayerTypes.Fast(node, input.Type, "input");
        var g = ConvGeometry.Of(node);
        var window = g.KernelH * g.KernelW;
        var accT = pool == PoolKind.Average ? PoolTypes.Accum(node, xt, window) : xt;
        var outSize = node.Output.Shape.Size;
        var raw = new long[input.Batch * outSize];
        var taps = new List<int>(window);
        for (var s = 0; s < input.Batch; s++)
        {
            var x = input.Sample(s);
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    Taps(g, oh, ow, taps);
                    for (var c = 0; c < g.OutC; c++)
                    {
                        var o = s * outSize + (oh * g.OutW + ow) * g.OutC + c;
                        raw[o] = pool == PoolKind.Max
                            ? Max(x, taps, c, g.InC, xt, result, overflow)
                            : Average(x, taps, c, g.InC, xt, accT, countIncludePad ? window : taps.Count, result, overflow);
                    }
                }
            }
        }
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }

    /// <summary>Spatial indices (ih*InW+iw) of the real taps of one window, in kh, kw order.</summary>
    internal static void Taps(ConvGeometry g, int oh, int ow, List<int> taps)
    {
        taps.Clear();
        for (var kh = 0; kh < g.KernelH; kh++)
        {
            var ih = oh * g.StrideH - g.PadTop + kh * g.DilationH;
            if (ih < 0 || ih >= g.InH) continue;
            for (var kw = 0; kw < g.KernelW; kw++)
            {
                var iw = ow * g.StrideW - g.PadLeft + kw * g.DilationW;
                if (iw >= 0 && iw < g.InW) taps.Add(ih * g.InW + iw);
            }
        }
    }

    private static long Max(Span<long> x, List<int> taps, int c, int channels, FixedType xt, FixedType result, OverflowCounter overflow)
    {
        var m = x[taps[0] * channels + c];
        for (var t = 1; t < taps.Count; t++)
        {
            var v = x[taps[t] * channels + c];
            if (v > m) m = v;
        }
        var r = FixedMath.Convert(m, xt, result, out bool o);
        overflow.Record(o);
        return r;
    }

    private static long Average(Span<long> x, List<int> taps, int c, int channels, FixedType xt, FixedType accT, int n, FixedType result, OverflowCounter overflow)
    {
        long acc = 0;
        bool o;
        foreach (var t in taps)
        {
            acc = FixedMath.Convert(FixedArith.Add(acc, accT, x[t * channels + c], xt), Math.Max(accT.FracBits, xt.FracBits), accT, out o);
            overflow.Record(o);
        }
        var r = FixedMath.Convert(FixedArith.Mul(acc, PoolTypes.InverseRaw(n)), accT.FracBits + PoolTypes.InverseType.FracBits, result, out o);
        overflow.Record(o);
        return r;
    }
}
