using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits global max/average pooling as one nnet::pooling2d_cl window over all positions.</summary>
public sealed class GlobalPoolEmitter : LayerEmitter<GlobalPoolOp>
{
    public override LayerCode Emit(LayerEmitContext context, GlobalPoolOp op) => PoolLayerCode.Emit(context, op.Pool, countIncludePad: false);
}
