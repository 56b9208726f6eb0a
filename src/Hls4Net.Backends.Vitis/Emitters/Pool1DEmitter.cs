using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Pool1D as nnet::pooling2d_cl (nnet_pooling.h); see <see cref="PoolLayerCode"/>.</summary>
public sealed class Pool1DEmitter : LayerEmitter<Pool1DOp>
{
    public override LayerCode Emit(LayerEmitContext context, Pool1DOp op)
    {
        return PoolLayerCode.Emit(context, op.Pool, op.CountIncludePad);
    }
}
