using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Global max/average pooling: one window covering all spatial positions (see <see cref="PoolEngine"/>).</summary>
public sealed class GlobalPoolKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(GlobalPoolOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        PoolEngine.Run(node, inputs[0], ((GlobalPoolOp)node.Op).Pool, countIncludePad: false, _plans, overflow);
}
