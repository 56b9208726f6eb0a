using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Emulation.Loops;
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
        var arithmetic = new WidePoolArithmetic(input, codes, g.InC, accT, result, overflow);
        for (var s = 0; s < input.Batch; s++)
        {
            arithmetic.InputOffset = s * input.SampleSize;
            arithmetic.OutputOffset = s * outSize;
            PoolLoop.Run(g, pool, countIncludePad, taps, ref arithmetic);
        }
        return WideRaw.Tensor(result, node.Output.Shape, input.Batch, codes);
    }
}
