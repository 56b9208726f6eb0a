using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Nearest-neighbour upsampling, matching nnet::upsample in nnet_upsample.h.</summary>
public sealed class UpsampleKernel : Kernel<UpsampleOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, UpsampleOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.Upsample).Map, overflow);
}
