using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="PoolEngine"/> (Pool1D/Pool2D/GlobalPool): the same windows, taps and stores in exact
/// BigInteger arithmetic, for a wide input, result or average accumulator.
/// </summary>
public static class WidePool
{
    /// <summary>True when the pool needs the wide path.</summary>
    public static bool Needed(Node node, FixedTensor input, PoolKind pool) =>
        input.IsWide || node.Output.Type is { FitsInt64: false }
        || (pool == PoolKind.Average && !PoolTypes.AnyWidthAccum(node, input.Type, ConvGeometry.Of(node).KernelH * ConvGeometry.Of(node).KernelW).FitsInt64);

    public static FixedTensor Run(Node node, FixedTensor input, PoolKind pool, bool countIncludePad, OverflowCounter overflow)
    {
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        var xt = input.Type;
        var g = ConvGeometry.Of(node);
        var window = g.KernelH * g.KernelW;
        var accT = pool == PoolKind.Average ? PoolTypes.AnyWidthAccum(node, xt, window) : xt;
        var outSize = node.Output.Shape.Size;
        var codes = new BigInteger[input.Batch * outSize];
        var taps = new List<int>(window);
        int sumFrac = Math.Max(accT.FracBits, xt.FracBits);
        bool o;
        for (var s = 0; s < input.Batch; s++)
        {
            var b = s * input.SampleSize;
            for (var oh = 0; oh < g.OutH; oh++)
            {
                for (var ow = 0; ow < g.OutW; ow++)
                {
                    g.Taps(oh, ow, taps);
                    for (var c = 0; c < g.OutC; c++)
                    {
                        var at = s * outSize + (oh * g.OutW + ow) * g.OutC + c;
                        if (pool == PoolKind.Max)
                        {
                            var m = input.At(b + taps[0] * g.InC + c);
                            for (var t = 1; t < taps.Count; t++)
                            {
                                var v = input.At(b + taps[t] * g.InC + c);
                                if (v > m) m = v;
                            }
                            codes[at] = FixedMath.Convert(m, xt.FracBits, result, out o);
                            overflow.Record(o);
                            continue;
                        }
                        BigInteger acc = 0;
                        foreach (var t in taps)
                        {
                            acc = FixedMath.Convert(FixedArith.Add(acc, accT, input.At(b + t * g.InC + c), xt), sumFrac, accT, out o);
                            overflow.Record(o);
                        }
                        var n = countIncludePad ? window : taps.Count;
                        codes[at] = FixedMath.Convert(acc * PoolTypes.InverseRaw(n), accT.FracBits + PoolTypes.InverseType.FracBits, result, out o);
                        overflow.Record(o);
                    }
                }
            }
        }
        return WideRaw.Tensor(result, node.Output.Shape, input.Batch, codes);
    }
}
