using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Concatenation along any axis, matching nnet::concatenate in nnet_merge.h: for each index of the axes before
/// <c>Axis</c> (outer), the blocks of input 0, 1, ... are copied in turn, each element stored into res_t.
/// </summary>
public sealed class ConcatKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ConcatOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var outShape = node.Output.Shape;
        var plan = _plans.Get(node, ConcatPlan.Create);
        int outer = plan.Outer;
        var blocks = plan.Blocks;
        if (Wide.WideRaw.Needed(node, inputs))
        {
            var map = new List<(int, int)>(outShape.Size);
            for (var i = 0; i < outer; i++)
                for (var k = 0; k < inputs.Count; k++)
                    for (var e = 0; e < blocks[k]; e++) map.Add((k, i * blocks[k] + e));
            return Wide.WideRaw.Gather(node, inputs, map.ToArray(), overflow);
        }
        var result = LayerTypes.Result(node);
        var types = inputs.Select((t, k) => LayerTypes.Fast(node, t.Type, $"input {k}")).ToArray();
        var n = outShape.Size;
        var batch = inputs[0].Batch;
        var raw = new long[batch * n];
        for (var s = 0; s < batch; s++)
        {
            var o = s * n;
            for (var i = 0; i < outer; i++)
            {
                for (var k = 0; k < inputs.Count; k++)
                {
                    var x = inputs[k].Sample(s).Slice(i * blocks[k], blocks[k]);
                    foreach (var v in x)
                    {
                        raw[o++] = FixedMath.Convert(v, types[k], result, out bool ovf);
                        overflow.Record(ovf);
                    }
                }
            }
        }
        return new FixedTensor(result, outShape, batch, raw);
    }
}
