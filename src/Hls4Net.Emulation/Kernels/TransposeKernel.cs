using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Axis permutation, matching nnet::transpose in nnet_transpose.h.</summary>
public sealed class TransposeKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(TransposeOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.Transpose).Map, overflow);
}
