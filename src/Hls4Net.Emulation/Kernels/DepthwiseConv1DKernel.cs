using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>DepthwiseConv1D (io_parallel), matching nnet_conv2d.h; arithmetic and loop order in <see cref="ConvEngine"/>.</summary>
public sealed class DepthwiseConv1DKernel : IKernel
{
    private readonly PlanCache _plans = new();

    public Type OpType => typeof(DepthwiseConv1DOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        return ConvEngine.Run(node, inputs[0], _plans, overflow);
    }
}
