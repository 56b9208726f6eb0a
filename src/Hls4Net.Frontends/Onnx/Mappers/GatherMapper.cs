using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Gather of rows of a constant 2-D table by layer-data indices along axis 0 (torch nn.Embedding's export): an
/// <see cref="EmbeddingOp"/>. The Gather of the direction axis after a recurrent layer (<see cref="MovedBatchLayout"/>) only
/// drops that axis. Gather on constants is folded before mapping; other uses are refused naming the node.
/// </summary>
internal sealed class GatherMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Gather"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        if (MovedBatchLayout.TryGather(node, context)) return; // the direction axis after a recurrent layer
        node.Attributes.EnsureOnly("axis");
        var table = context.TryConstant(node, 0);
        if (table is null) throw node.Error("ONNX op 'Gather' on layer data is supported only as an embedding: a constant 2-D table indexed by layer data (input 0 must be a constant)");
        if (table.Rank != 2) throw node.BadInput(0, $"an embedding table must be 2-D [vocabulary, dim], got shape {table.ShapeText}");
        var axis = node.Attributes.Int("axis", 0);
        if (axis != 0 && axis != -2) throw node.BadAttribute("axis", axis, "an embedding gathers rows (axis 0)");
        var indices = context.Activation(node, 1);
        var op = new EmbeddingOp(new ConstTensor(new Shape((int)table.Dims[0], (int)table.Dims[1]), table.ToFloats()));
        context.AddNode(node, op, indices);
    }
}
