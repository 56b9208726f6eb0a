using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Pool1D as nnet::pooling2d_cl (nnet_pooling.h); see <see cref="PoolLayerCode"/>.</summary>
public sealed class Pool1DEmitter : ILayerEmitter
{
    public Type OpType => typeof(Pool1DOp);

    public LayerCode Emit(LayerEmitContext context)
    {
        var op = (Pool1DOp)context.Node.Op;
        return PoolLayerCode.Emit(context, op.Pool, op.CountIncludePad);
    }
}
