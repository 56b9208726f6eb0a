using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Conv2D (io_parallel), matching nnet_conv2d.h; arithmetic and loop order in <see cref="ConvEngine"/>.</summary>
public sealed class Conv2DKernel : IKernel
{
    public Type OpType => typeof(Conv2DOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (Conv2DOp)node.Op;
        return ConvEngine.Run(node, inputs[0], op.Weights, op.Bias, depthwise: false, overflow);
    }
}
