using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Max/average Pool2D (io_parallel), matching nnet_pooling.h; arithmetic in <see cref="PoolEngine"/>.</summary>
public sealed class Pool2DKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(Pool2DOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (Pool2DOp)node.Op;
        return PoolEngine.Run(node, inputs[0], op.Pool, op.CountIncludePad, _plans, overflow);
    }
}
