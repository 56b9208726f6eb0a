using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Cropping of the spatial axes, matching nnet::crop in nnet_padding.h.</summary>
public sealed class CropKernel : Kernel<CropOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, CropOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.Crop).Map, overflow);
}
