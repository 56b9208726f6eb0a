using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a DepthwiseConv2D as nnet::depthwise_conv_2d_cl (nnet_conv2d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class DepthwiseConv2DEmitter : ILayerEmitter
{
    public Type OpType => typeof(DepthwiseConv2DOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var op = (DepthwiseConv2DOp)context.Node.Op;
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "depthwise_conv_2d_cl", "nnet_conv2d.h");
    }
}
