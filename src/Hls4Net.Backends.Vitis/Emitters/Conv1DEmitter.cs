using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits a Conv1D as nnet::conv_1d_cl (nnet_conv1d.h), io_parallel; see <see cref="ConvLayerCode"/>.</summary>
public sealed class Conv1DEmitter : LayerEmitter<Conv1DOp>
{
    public override LayerCode Emit(LayerEmitContext context, Conv1DOp op)
    {
        return ConvLayerCode.Emit(context, op.Weights, op.Bias, "conv_1d_cl", "nnet_conv1d.h");
    }
}
