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
        var raw = new long[input.Raw.Length];
        for (int start = 0; start < raw.Length; start += n)
            plan.Apply(input.Raw.AsSpan(start, n), raw.AsSpan(start, n), result, overflow);
        return new FixedTensor(result, node.Output.Shape, input.Batch, raw);
    }
}
