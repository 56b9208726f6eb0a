using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a DepthwiseConv1D as nnet::depthwise_conv_1d_cl (nnet_conv1d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class DepthwiseConv1DEmitter : ILayerEmitter
{
    public Type OpType => typeof(DepthwiseConv1DOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var op = (DepthwiseConv1DOp)context.Node.Op;
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "depthwise_conv_1d_cl", "nnet_conv1d.h");
    }
}
