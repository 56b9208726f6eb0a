using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>Pooling of the float reference: <see cref="PoolLoop"/> with <see cref="FloatPoolArithmetic"/> on the node's cached <see cref="ConvGeometry"/>.</summary>
internal static class FloatPooling
{
    public static double[] Run(Node node, double[] input, int batch, PoolKind pool, bool countIncludePad, PlanCache plans)
    {
        var g = plans.Get(node, ConvGeometry.Of);
        int inSize = node.Inputs[0].Shape.Size, outSize = node.Output.Shape.Size;
        var y = new double[batch * outSize];
        var taps = new List<int>(g.KernelH * g.KernelW);
        var arithmetic = new FloatPoolArithmetic(input, y, g.InC);
        for (var s = 0; s < batch; s++)
        {
            arithmetic.InputOffset = s * inSize;
            arithmetic.OutputOffset = s * outSize;
            PoolLoop.Run(g, pool, countIncludePad, taps, ref arithmetic);
        }
        return y;
    }
}
