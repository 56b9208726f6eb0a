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
        var raw = new long[input.Batch * node.Output.Shape.Size];
        var arithmetic = new FixedPoolArithmetic(input.Raw, raw, xt, accT, result, overflow);
        PoolLoop.Run(g, pool, countIncludePad, input.Batch, ref arithmetic);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
