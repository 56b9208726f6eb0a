using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>MatMul of the batch input by a constant 2-D weight [nIn, nOut] (Keras exports: MatMul then Add).</summary>
internal sealed class MatMulMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["MatMul"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        if (context.IsConstant(node.InputName(0) ?? ""))
        {
            throw node.BadInput(0, "MatMul with a constant first input is not supported (the weight must be the second input)");
        }
        var x = context.Activation(node, 0);
        var w = context.RequireConstant(node, 1, "weight");
        if (w.Rank != 2) throw node.BadInput(1, $"the weight must be 2-D, got shape {w.ShapeText}");
        var weights = new ConstTensor(new Shape((int)w.Dims[0], (int)w.Dims[1]), w.ToFloats());
        context.AddNode(node, new MatMulOp(weights), x);
    }
}
