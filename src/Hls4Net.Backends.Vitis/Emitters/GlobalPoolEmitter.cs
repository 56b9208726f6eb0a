using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits global max/average pooling as one nnet::pooling2d_cl window over all positions.</summary>
public sealed class GlobalPoolEmitter : ILayerEmitter
{
    public Type OpType => typeof(GlobalPoolOp);

    public LayerCode Emit(LayerEmitContext context) => PoolLayerCode.Emit(context, ((GlobalPoolOp)context.Node.Op).Pool, countIncludePad: false);
}
