using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Backends.Vitis.Emitters;

/// <summary>Emits Cropping1D/2D as nnet::crop2d_cl (nnet_padding.h).</summary>
public sealed class CropEmitter : ILayerEmitter
{
    public Type OpType => typeof(CropOp);

    public LayerCode Emit(LayerEmitContext context) => PaddingLayerCode.Emit(context, "crop2d_cl", "crop", SpatialShape.Offsets(((CropOp)context.Node.Op).Before));
}
