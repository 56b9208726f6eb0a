using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Max/average Pool1D (io_parallel), matching nnet_pooling.h; arithmetic in <see cref="PoolEngine"/>.</summary>
public sealed class Pool1DKernel : Kernel<Pool1DOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, Pool1DOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        return PoolEngine.Run(node, inputs[0], op.Pool, op.CountIncludePad, _plans, overflow);
    }
}
