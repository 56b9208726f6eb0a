namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// <c>ArgMax</c> is accepted only in a dropped tail: on a tree-ensemble classifier's label chain the importer drops it
/// before any mapper runs (see <see cref="OnnxImportContext.Drop"/>). Anywhere else it is refused here.
/// </summary>
internal sealed class ArgMaxTailMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["ArgMax"];

    public void Map(OnnxNode node, OnnxImportContext context) =>
        throw node.Error("ONNX op 'ArgMax' is supported only after a tree-ensemble classifier's label output, which Hls4Net drops (the class scores are the output)");
}
