using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a DepthwiseConv1D as nnet::depthwise_conv_1d_cl (nnet_conv1d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class DepthwiseConv1DEmitter : LayerEmitter<DepthwiseConv1DOp>
{
    public override LayerCode Emit(LayerEmitContext context, DepthwiseConv1DOp op)
    {
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "depthwise_conv_1d_cl", "nnet_conv1d.h");
    }
}
