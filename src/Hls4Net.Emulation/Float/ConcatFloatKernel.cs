using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// Float concatenation along <see cref="ConcatOp.Axis"/>: for each index of the axes before the axis, the
/// contiguous blocks of input 0, 1, ... follow each other.
/// </summary>
public sealed class ConcatFloatKernel : IFloatKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ConcatOp);

    public double[] Run(Node node, IReadOnlyList<double[]> inputs, int batch)
    {
        var outShape = node.Output.Shape;
        var plan = _plans.Get(node, ConcatPlan.Create);
        int outer = plan.Outer;
        var blocks = plan.Blocks;
        var sizes = node.Inputs.Select(v => v.Shape.Size).ToArray();
        var y = new double[batch * outShape.Size];
        var o = 0;
        for (var s = 0; s < batch; s++)
        {
            for (var i = 0; i < outer; i++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    Array.Copy(inputs[k], s * sizes[k] + i * blocks[k], y, o, blocks[k]);
                    o += blocks[k];
                }
            }
        }
        return y;
    }
}
