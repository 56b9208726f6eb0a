using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Axis permutation, matching nnet::transpose in nnet_transpose.h.</summary>
public sealed class TransposeKernel : Kernel<TransposeOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, TransposeOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.Transpose).Map, overflow);
}
