using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX LayerNormalization (opset 17; also the node <see cref="Sequence.LayerNormFusion"/> makes from torch's
/// decomposed export) over the last axis with a constant scale and optional bias. Only output Y is supported.
/// </summary>
internal sealed class LayerNormMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["LayerNormalization"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axis", "epsilon", "stash_type");
        var x = context.Activation(node, 0);
        var rank = x.Shape.Rank + 1;
        var axis = node.Attributes.Int("axis", -1);
        if ((axis < 0 ? axis + rank : axis) != rank - 1)
        {
            throw node.BadAttribute("axis", axis, $"only a normalization over the last axis is supported (input shape per sample {x.Shape})");
        }
        if (node.Proto.Output.Skip(1).Any(o => o.Length > 0)) throw node.Error("LayerNormalization's Mean and InvStdDev outputs are not supported (only Y)");
        var n = x.Shape.Dims[^1];
        var gamma = Vector(node, context, 1, "scale", n) ?? Enumerable.Repeat(1f, n).ToArray();
        var beta = Vector(node, context, 2, "bias", n) ?? new float[n];
        var op = new LayerNormOp(new ConstTensor(new Shape(n), gamma), new ConstTensor(new Shape(n), beta), node.Attributes.Float("epsilon", 1e-5));
        context.AddNode(node, op, x);
    }

    private static float[]? Vector(OnnxNode node, OnnxImportContext context, int index, string role, int n)
    {
        if (node.InputName(index) is null) return null;
        var c = context.RequireConstant(node, index, role);
        if (c.Size == 1 && n != 1) return Enumerable.Repeat((float)c.Data[0], n).ToArray();
        if (c.Size != n) throw node.BadInput(index, $"the {role} has {c.Size} values, expected {n} (one per position of the last axis)");
        return c.ToFloats();
    }
}
