using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits ZeroPadding1D/2D as nnet::zeropad2d_cl (nnet_padding.h).</summary>
public sealed class ZeroPadEmitter : ILayerEmitter
{
    public Type OpType => typeof(ZeroPadOp);

    public LayerCode Emit(LayerEmitContext context) => PaddingLayerCode.Emit(context, "zeropad2d_cl", "pad", SpatialShape.Offsets(((ZeroPadOp)context.Node.Op).Before));
}
