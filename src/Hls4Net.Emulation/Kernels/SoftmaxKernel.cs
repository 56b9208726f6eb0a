using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Softmax over the last axis, matching nnet::softmax in nnet_softmax.h (see docs/softmax.md).</summary>
public sealed class SoftmaxKernel : IKernel
{
    public Type OpType => typeof(SoftmaxOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var result = node.Output.Type ?? throw new GraphException($"node '{node.Name}': result type not assigned");
        var plan = SoftmaxPlan.Create(node, input.Type);
        int n = plan.Length;
        if (input.IsWide || !result.FitsInt64 || !plan.Indexer.FitsInt128)
        {
            var x = Enumerable.Range(0, input.Length).Select(input.At).ToArray();
            var wide = new System.Numerics.BigInteger[x.Length];
            for (int start = 0; start < wide.Length; start += n)
                plan.ApplyWide(x.AsSpan(start, n), wide.AsSpan(start, n), result, overflow);
            return Wide.WideRaw.Tensor(result, node.Output.Shape, input.Batch, wide);
        }
        var raw = new long[input.Raw.Length];
        for (int start = 0; start < raw.Length; start += n)
            plan.Apply(input.Raw.AsSpan(start, n), raw.AsSpan(start, n), result, overflow);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
