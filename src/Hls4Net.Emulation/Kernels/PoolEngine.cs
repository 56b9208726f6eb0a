using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Bit-accurate Pool1D/Pool2D/GlobalPool, mirrored by nnet_pooling.h: the windows of <see cref="PoolLoop"/> with
/// <see cref="FixedPoolArithmetic"/>, on the node's cached <see cref="ConvGeometry"/>; wide types take <see cref="Wide.WidePool"/>.
/// </summary>
public static class PoolEngine
{
    public static FixedTensor Run(Node node, FixedTensor input, PoolKind pool, bool countIncludePad, PlanCache plans, OverflowCounter overflow)
    {
        if (Wide.WidePool.Needed(node, input, pool)) return Wide.WidePool.Run(node, input, pool, countIncludePad, overflow);
        var result = LayerTypes.Result(node);
        var xt = LayerTypes.Fast(node, input.Type, "input");
        var g = plans.Get(node, ConvGeometry.Of);
        var accT = pool == PoolKind.Average ? PoolTypes.Accum(node, xt, g.KernelH * g.KernelW) : xt;
        var outSize = node.Output.Shape.Size;
        var raw = new long[input.Batch * outSize];
        var taps = new List<int>(g.KernelH * g.KernelW);
        var arithmetic = new FixedPoolArithmetic(input.Raw, raw, g.InC, xt, accT, result, overflow);
        for (var s = 0; s < input.Batch; s++)
        {
            arithmetic.InputOffset = s * input.SampleSize;
            arithmetic.OutputOffset = s * outSize;
            PoolLoop.Run(g, pool, countIncludePad, taps, ref arithmetic);
        }
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
