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
        var y = new double[batch * node.Output.Shape.Size];
        var arithmetic = new FloatPoolArithmetic(input, y);
        PoolLoop.Run(g, pool, countIncludePad, batch, ref arithmetic);
        return y;
    }
}
