using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Nearest-neighbour upsampling, matching nnet::upsample in nnet_upsample.h.</summary>
public sealed class UpsampleKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(UpsampleOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.Upsample).Map, overflow);
}
