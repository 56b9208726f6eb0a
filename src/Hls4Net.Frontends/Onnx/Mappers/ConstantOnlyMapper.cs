namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Ops that <see cref="OnnxConstantFolder"/> evaluates on constants (Shape, Range, ConstantOfShape, Sqrt,
/// Reciprocal; Gather and Neg of layer data have their own mappers). Reaching this mapper means an input is layer
/// data, which they cannot take.
/// </summary>
internal sealed class ConstantOnlyMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Shape", .. OnnxConstantFolder.ConstantOnlyOpTypes.Where(t => t is not ("Gather" or "Neg" or "Slice"))]; // on layer data: GatherMapper, NegPowMapper, LayerSliceMapper

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        throw node.Error($"ONNX op '{node.OpType}' is supported only on constants (weights or shapes), not on layer data");
    }
}
