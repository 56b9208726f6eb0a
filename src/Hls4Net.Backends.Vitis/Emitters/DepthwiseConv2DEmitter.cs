using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a DepthwiseConv2D as nnet::depthwise_conv_2d_cl (nnet_conv2d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class DepthwiseConv2DEmitter : LayerEmitter<DepthwiseConv2DOp>
{
    public override LayerCode Emit(LayerEmitContext context, DepthwiseConv2DOp op)
    {
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "depthwise_conv_2d_cl", "nnet_conv2d.h");
    }
}
