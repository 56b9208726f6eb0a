using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>DepthwiseConv1D (io_parallel), matching nnet_conv2d.h; arithmetic and loop order in <see cref="ConvEngine"/>.</summary>
public sealed class DepthwiseConv1DKernel : IKernel
{
    public Type OpType => typeof(DepthwiseConv1DOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (DepthwiseConv1DOp)node.Op;
        return ConvEngine.Run(node, inputs[0], op.Weights, op.Bias, depthwise: true, overflow);
    }
}
