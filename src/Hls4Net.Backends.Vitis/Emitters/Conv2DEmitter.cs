using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a Conv2D as nnet::conv_2d_cl (nnet_conv2d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class Conv2DEmitter : LayerEmitter<Conv2DOp>
{
    public override LayerCode Emit(LayerEmitContext context, Conv2DOp op)
    {
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "conv_2d_cl", "nnet_conv2d.h");
    }
}
