using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Kernels;

/// <summary>Conv1D (io_parallel), matching nnet_conv2d.h; arithmetic and loop order in <see cref="ConvEngine"/>.</summary>
public sealed class Conv1DKernel : IKernel
{
    public Type OpType => typeof(Conv1DOp);

    public FixedTensor Run(Node node, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var op = (Conv1DOp)node.Op;
        return ConvEngine.Run(node, inputs[0], op.Weights, op.Bias, depthwise: false, overflow);
    }
}
