using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Clip to [min, max] as <see cref="ActivationKind.BoundedRelu"/> (the kernel clamps to [Min, Max]; Clip(0, 6) is ReLU6).
/// Opset &lt; 11 gives min/max as attributes; opset 11+ as optional constant inputs 1 and 2.
/// </summary>
internal sealed class ClipMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Clip"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        double min, max;
        if (node.Opset < 11)
        {
            node.Attributes.EnsureOnly("min", "max");
            min = node.Attributes.Float("min", double.NegativeInfinity);
            max = node.Attributes.Float("max", double.PositiveInfinity);
        }
        else
        {
            node.Attributes.EnsureOnly();
            min = Bound(node, context, 1, "min", double.NegativeInfinity);
            max = Bound(node, context, 2, "max", double.PositiveInfinity);
        }
        if (min > max) throw node.Error($"Clip range [{min:R}, {max:R}] is empty");
        context.AddNode(node, new ActivationOp(ActivationKind.BoundedRelu, min: min, max: max), context.Activation(node, 0));
    }

    private static double Bound(OnnxNode node, OnnxImportContext context, int index, string role, double absent)
    {
        if (node.InputName(index) is null) return absent;
        var c = context.RequireConstant(node, index, role);
        if (c.Size != 1) throw node.BadInput(index, $"Clip {role} must be a scalar, got shape {c.ShapeText}");
        return c.ElementType == Proto.TensorProto.Types.DataType.Float ? OnnxAttributeReader.Widen((float)c.Data[0]) : c.Data[0];
    }
}
