using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits ZeroPadding1D/2D as nnet::zeropad2d_cl (nnet_padding.h).</summary>
public sealed class ZeroPadEmitter : LayerEmitter<ZeroPadOp>
{
    public override LayerCode Emit(LayerEmitContext context, ZeroPadOp op) => PaddingLayerCode.Emit(context, "zeropad2d_cl", "pad", SpatialShape.Offsets(op.Before));
}
