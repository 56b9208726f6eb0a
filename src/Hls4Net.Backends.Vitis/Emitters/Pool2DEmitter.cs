using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Pool2D as nnet::pooling2d_cl (nnet_pooling.h); see <see cref="PoolLayerCode"/>.</summary>
public sealed class Pool2DEmitter : ILayerEmitter
{
    public Type OpType => typeof(Pool2DOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var op = (Pool2DOp)context.Node.Op;
        return PoolLayerCode.Emit(context, op.Pool, op.CountIncludePad);
    }
}
