using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>PRelu with a constant slope that is one value, one per last-axis feature, or one per element.</summary>
internal sealed class PReluMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["PRelu"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        var x = context.Activation(node, 0);
        var slope = context.RequireConstant(node, 1, "slope");
        // ONNX broadcasts the slope from the right against [batch, d1..dk]; drop leading 1s, then it must
        // be a scalar, the last axis, or the whole sample shape.
        var dims = slope.Dims.SkipWhile(d => d == 1).Select(d => (int)d).ToArray();
        Shape shape;
        if (dims.Length == 0) shape = new Shape(1);
        else if (dims.Length == 1 && dims[0] == x.Shape.Dims[^1]) shape = new Shape(dims[0]);
        else if (dims.SequenceEqual(x.Shape.Dims)) shape = x.Shape;
        else throw node.BadInput(1, $"slope shape {slope.ShapeText} does not broadcast over input shape {x.Shape} per sample");
        context.AddNode(node, new PReluOp(new ConstTensor(shape, slope.ToFloats())), x);
    }
}
