using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Neg of layer data (torch's -x) as a scale of -1 (<see cref="BatchNormOp"/>, folded into a preceding Dense like any
/// constant scale), and Pow of layer data by the constant exponent 2 (x.pow(2), x ** 2) as the element-wise product
/// x · x; exponent 1 is the input itself. Other exponents, and a computed exponent, are refused naming the node.
/// On constants both are folded before they get here.
/// </summary>
internal sealed class NegPowMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Neg", "Pow"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        var x = context.Activation(node, 0);
        if (node.OpType == "Neg")
        {
            var last = x.Shape.Dims[^1];
            ScaleShiftMapper.Apply(node, context, x, onChannelAxis: false, Enumerable.Repeat(-1f, last).ToArray(), new float[last]);
            return;
        }
        var exponent = context.TryConstant(node, 1) ?? throw node.BadInput(1, "the exponent must be a constant");
        if (exponent.Size != 1) throw node.BadInput(1, $"the exponent must be one number, not a tensor of shape {exponent.ShapeText}");
        switch (exponent.Data[0])
        {
            case 2.0:
                context.AddNode(node, new ElementwiseOp(ElementwiseKind.Mul), x, x);
                return;
            case 1.0:
                context.AddNode(node, new IdentityOp(node.OpType), x);
                return;
            default:
                throw node.BadInput(1, $"exponent {exponent.Data[0]} is not supported (only 2, x·x, and 1)");
        }
    }
}
