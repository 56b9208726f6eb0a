using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>Element-wise activations with scalar attributes, mapped to <see cref="ActivationOp"/> with ONNX defaults.</summary>
internal sealed class ActivationMapper : IOnnxOpMapper
{
    // ONNX's Selu defaults (float32), the only parameters our fixed Selu supports.
    private const double SeluAlpha = 1.6732632423543772;
    private const double SeluGamma = 1.0507009873554805;

    public IReadOnlyList<string> OpTypes { get; } =
        ["Relu", "LeakyRelu", "Sigmoid", "Tanh", "HardSigmoid", "Elu", "Selu", "Softplus", "Softsign", "ThresholdedRelu"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var a = node.Attributes;
        ActivationOp op;
        switch (node.OpType)
        {
            case "LeakyRelu":
                a.EnsureOnly("alpha");
                op = new ActivationOp(ActivationKind.LeakyRelu, alpha: a.Float("alpha", 0.01));
                break;
            case "Elu":
                a.EnsureOnly("alpha");
                op = new ActivationOp(ActivationKind.Elu, alpha: a.Float("alpha", 1.0));
                break;
            case "ThresholdedRelu":
                a.EnsureOnly("alpha");
                op = new ActivationOp(ActivationKind.ThresholdedRelu, alpha: a.Float("alpha", 1.0));
                break;
            case "HardSigmoid":
                a.EnsureOnly("alpha", "beta");
                op = new ActivationOp(ActivationKind.HardSigmoid, alpha: a.Float("alpha", 0.2), beta: a.Float("beta", 0.5));
                break;
            case "Selu":
                a.EnsureOnly("alpha", "gamma");
                CheckDefault(node, "alpha", SeluAlpha);
                CheckDefault(node, "gamma", SeluGamma);
                op = new ActivationOp(ActivationKind.Selu);
                break;
            default:
                a.EnsureOnly();
                op = new ActivationOp(node.OpType switch
                {
                    "Relu" => ActivationKind.Relu,
                    "Sigmoid" => ActivationKind.Sigmoid,
                    "Tanh" => ActivationKind.Tanh,
                    "Softplus" => ActivationKind.Softplus,
                    _ => ActivationKind.Softsign,
                });
                break;
        }
        context.AddNode(node, op, context.Activation(node, 0));
    }

    private static void CheckDefault(OnnxNode node, string name, double expected)
    {
        var v = node.Attributes.Float(name, expected);
        if (Math.Abs(v - expected) > 1e-6)
        {
            throw node.BadAttribute(name, v, $"only the standard SELU constant {expected} is supported");
        }
    }
}
