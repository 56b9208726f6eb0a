using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Zero padding of the spatial axes, matching nnet::zeropad in nnet_padding.h.</summary>
public sealed class ZeroPadKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(ZeroPadOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        IndexGather.Run(node, inputs[0], _plans.Get(node, GatherPlan.ZeroPad).Map, overflow);
}
