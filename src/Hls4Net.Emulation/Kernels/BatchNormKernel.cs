using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// BatchNorm as nnet::normalize in nnet_batchnorm.h: <c>res[i] = x[i]*scale[c] + shift[c]</c> with c the last-axis
/// channel, the product and sum exact, stored once into the result type.
/// </summary>
public sealed class BatchNormKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(BatchNormOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        if (Wide.WideBatchNorm.Needed(node, input.Type)) return Wide.WideBatchNorm.Run(node, input, overflow);
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var tr = LayerTypes.Result(node);
        var p = _plans.Get(node, BatchNormPlan.Create);
        var product = FixedType.MulResult(tx, p.Scale);
        var sum = FixedType.AddResult(product, p.Shift);
        LayerTypes.RequireExact(node, sum, "scale-and-shift");
        int f = sum.FracBits, sp = f - product.FracBits, sb = f - p.Shift.FracBits;
        int channels = p.ScaleRaw.Length;
        var x = input.Raw;
        var output = new long[x.Length];
        long overflows = 0;
        for (int i = 0, c = 0; i < x.Length; i++)
        {
            var total = (((Int128)x[i] * p.ScaleRaw[c]) << sp) + ((Int128)p.ShiftRaw[c] << sb);
            output[i] = FixedMath.Convert(total, f, tr, out var o);
            if (o) overflows++;
            if (++c == channels) c = 0;
        }
        overflow.Add(x.Length, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }
}
