using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Pool2D as nnet::pooling2d_cl (nnet_pooling.h); see <see cref="PoolLayerCode"/>.</summary>
public sealed class Pool2DEmitter : LayerEmitter<Pool2DOp>
{
    public override LayerCode Emit(LayerEmitContext context, Pool2DOp op)
    {
        return PoolLayerCode.Emit(context, op.Pool, op.CountIncludePad);
    }
}
