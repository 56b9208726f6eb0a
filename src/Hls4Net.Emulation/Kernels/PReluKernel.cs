using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>PReLU as nnet::prelu in nnet_activation.h: <c>x &gt; 0 ? x : x*alpha[i % n_alpha]</c>, exact product, one store into res_t.</summary>
public sealed class PReluKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(PReluOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var tx = LayerTypes.Fast(node, input.Type, "input");
        var tr = LayerTypes.Result(node);
        var p = _plans.Get(node, PReluPlan.Create);
        LayerTypes.RequireExact(node, FixedType.MulResult(tx, p.AlphaType), "product");
        int fx = tx.FracBits, fprod = fx + p.AlphaType.FracBits, n = p.AlphaRaw.Length, size = input.SampleSize;
        var x = input.Raw;
        var output = new long[x.Length];
        long overflows = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var v = x[i];
            bool o;
            output[i] = v > 0
                ? FixedMath.Convert(v, fx, tr, out o)
                : FixedMath.Convert((Int128)v * p.AlphaRaw[(i % size) % n], fprod, tr, out o);
            if (o) overflows++;
        }
        overflow.Add(x.Length, overflows);
        return new FixedTensor(tr, node.Output.Shape, input.Batch, output);
    }
}
