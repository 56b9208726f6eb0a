using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// HardSwish (opset 14, torch's nn.Hardswish from opset 14 on) as the two layers torch exports before opset 14:
/// HardSigmoid(alpha 1/6, beta 0.5) of x, then the element-wise product with x.
/// </summary>
internal sealed class HardSwishMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["HardSwish"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        var x = context.Activation(node, 0);
        var gate = context.Graph.Add($"{node.Name}_hardsigmoid", new ActivationOp(ActivationKind.HardSigmoid, alpha: 1.0 / 6.0, beta: 0.5), x);
        context.AddNode(node, new ElementwiseOp(ElementwiseKind.Mul), x, gate.Output);
    }
}
