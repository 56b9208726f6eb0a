using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>DepthwiseConv1D (io_parallel), matching nnet_conv2d.h; arithmetic and loop order in <see cref="ConvEngine"/>.</summary>
public sealed class DepthwiseConv1DKernel : Kernel<DepthwiseConv1DOp>
{
    private readonly PlanCache _plans = new();

    public override FixedTensor Run(Node node, DepthwiseConv1DOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        return ConvEngine.Run(node, inputs[0], _plans, overflow);
    }

    /// <summary>The lane path's result may come from recycled <paramref name="buffers"/> (it writes every element).</summary>
    protected override FixedTensor Run(Node node, DepthwiseConv1DOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow, RawBuffers buffers) =>
        ConvEngine.Run(node, inputs[0], _plans, overflow, buffers);
}
