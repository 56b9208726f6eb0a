using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Global max/average pooling: one window covering all spatial positions (see <see cref="PoolEngine"/>).</summary>
public sealed class GlobalPoolKernel : Kernel<GlobalPoolOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, GlobalPoolOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow) =>
        PoolEngine.Run(node, inputs[0], op.Pool, countIncludePad: false, _plans, overflow);
}
