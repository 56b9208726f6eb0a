using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Gather of rows of a constant 2-D table by layer-data indices along axis 0 (torch nn.Embedding's export): an
/// <see cref="EmbeddingOp"/>. The Gather of the direction axis after a recurrent layer (<see cref="MovedBatchLayout"/>) only
/// drops that axis. A constant index into layer data along a non-batch axis (out[:, -1], the last step of a sequence;
/// x[:, 0]) is a one-position crop (<see cref="AxisCrop"/>) that drops the axis for a scalar index and keeps it for a
/// one-element index list. Gather on constants is folded before mapping; other uses are refused naming the node.
/// </summary>
internal sealed class GatherMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Gather"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        if (MovedBatchLayout.TryGather(node, context)) return; // the direction axis after a recurrent layer
        node.Attributes.EnsureOnly("axis");
        var table = context.TryConstant(node, 0);
        if (table is null && context.TryConstant(node, 1) is { } index)
        {
            MapConstantIndex(node, context, index);
            return;
        }
        if (table is null) throw node.Error("ONNX op 'Gather' on layer data is supported only as an embedding: a constant 2-D table indexed by layer data (input 0 must be a constant)");
        if (table.Rank != 2) throw node.BadInput(0, $"an embedding table must be 2-D [vocabulary, dim], got shape {table.ShapeText}");
        var axis = node.Attributes.Int("axis", 0);
        if (axis != 0 && axis != -2) throw node.BadAttribute("axis", axis, "an embedding gathers rows (axis 0)");
        var indices = context.Activation(node, 1);
        var op = new EmbeddingOp(new ConstTensor(new Shape((int)table.Dims[0], (int)table.Dims[1]), table.ToFloats()));
        context.AddNode(node, op, indices);
    }

    private static void MapConstantIndex(OnnxNode node, OnnxImportContext context, OnnxConstant index)
    {
        var x = context.Activation(node, 0);
        var rank = x.Shape.Rank + 1; // ONNX rank, with the batch axis
        var onnxAxis = node.Attributes.Int("axis", 0);
        if (onnxAxis < 0) onnxAxis += rank;
        if (onnxAxis <= 0 || onnxAxis >= rank) throw node.BadAttribute("axis", node.Attributes.Int("axis", 0), "a constant index into layer data must select along a non-batch axis");
        if (index.Size != 1 || index.Rank > 1) throw node.BadInput(1, $"only one constant index is supported on layer data, got shape {index.ShapeText}");
        var axis = (int)onnxAxis - 1;
        var n = x.Shape[axis];
        var i = (long)index.Data[0];
        if (i < -n || i >= n) throw node.BadInput(1, $"index {i} is outside axis {onnxAxis} of size {n}");
        if (i < 0) i += n;
        Value value;
        try
        {
            value = AxisCrop.Range(context.Graph, x, axis, (int)i, (int)i + 1, node.Name);
            if (index.Rank == 0)
            {
                var dims = x.Shape.Dims.Where((_, a) => a != axis).ToArray();
                value = dims.Length == 0
                    ? value
                    : SampleReshape.To(context.Graph, value, new Shape(dims), $"{node.Name}_drop_axis");
            }
        }
        catch (GraphException e)
        {
            throw node.Error($"ONNX op 'Gather' does not fit its input shape {x.Shape}", e.Message);
        }
        if (ReferenceEquals(value, x)) value = context.AddNode(node, new IdentityOp(node.OpType), x);
        context.SetValue(node.OutputName, value);
    }
}
