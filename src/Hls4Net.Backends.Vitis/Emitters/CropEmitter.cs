using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Cropping1D/2D as nnet::crop2d_cl (nnet_padding.h).</summary>
public sealed class CropEmitter : LayerEmitter<CropOp>
{
    public override LayerCode Emit(LayerEmitContext context, CropOp op) => PaddingLayerCode.Emit(context, "crop2d_cl", "crop", SpatialShape.Offsets(op.Before));
}
