using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Keras.QKeras;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Keras activation names ("relu", "softmax", QKeras "quantized_relu(3,1)"...) to IR nodes.</summary>
public sealed class KerasActivations
{
    private readonly QuantizerSpecParser _parser = new();
    private readonly QKerasQuantizers _quantizers = new();

    /// <summary>Append the activation named <paramref name="activation"/> after <paramref name="input"/>; "linear" adds nothing.</summary>
    public Value Append(string nodeName, JsonElement activation, Value input, KerasLayer layer, KerasImportContext context)
    {
        if (activation.ValueKind == JsonValueKind.String && Plain(activation.GetString()!, context.IsKeras3) is var (op, isLinear))
        {
            if (isLinear) return input;
            if (op is null) return context.Graph.Add(nodeName, new SoftmaxOp(), input).Output;
            var plain = context.Graph.Add(nodeName, op, input);
            if (op.Function is ActivationKind.BinaryTanh or ActivationKind.TernaryTanh)
            {
                plain.Annotations.Set(ImportHints.ResultType, new FixedType(2, 2, true, IsInteger: true));
            }
            return plain.Output;
        }
        if (activation.ValueKind == JsonValueKind.String && !activation.GetString()!.Contains('(') && !KnownQuantizer(activation.GetString()!))
        {
            throw context.Error(layer, $"unsupported activation '{activation.GetString()}'");
        }
        var spec = _parser.Parse(activation, $"layer '{layer.Name}' in model '{context.ModelName}'");
        var quantized = _quantizers.ForActivation(spec, $"layer '{layer.Name}' in model '{context.ModelName}'");
        if (quantized.Op.Function == ActivationKind.LeakyRelu && quantized.Reference is { Min: var floor } && double.IsFinite(floor))
        {
            // quantized_relu with negative_slope s stops at -s·2^integer, above the type's minimum: clamp the input at
            // -2^integer first ("<name>_clip"), so the leaky ReLU's negative side ends exactly where QKeras' does.
            input = context.Graph.Add($"{nodeName}_clip", new ActivationOp(ActivationKind.BoundedRelu, min: floor / quantized.Op.Alpha, max: double.PositiveInfinity), input).Output;
        }
        var node = context.Graph.Add(nodeName, quantized.Op, input);
        node.Annotations.Set(ImportHints.ResultType, quantized.ResultType);
        if (quantized.Reference is not null) node.Annotations.Set(ImportHints.OutputQuantizer, quantized.Reference);
        return node.Output;
    }

    /// <summary>Plain Keras activations. Returns null for QKeras quantizer strings; (null, false) means softmax.</summary>
    public static (ActivationOp? Op, bool IsLinear)? Plain(string name, bool keras3) => name switch
    {
        "linear" => (null, true),
        "relu" => (new ActivationOp(ActivationKind.Relu), false),
        "sigmoid" => (new ActivationOp(ActivationKind.Sigmoid), false),
        "tanh" => (new ActivationOp(ActivationKind.Tanh), false),
        "softmax" => (null, false),
        "elu" => (new ActivationOp(ActivationKind.Elu, alpha: 1.0), false),
        "selu" => (new ActivationOp(ActivationKind.Selu), false),
        "softplus" => (new ActivationOp(ActivationKind.Softplus), false),
        "softsign" => (new ActivationOp(ActivationKind.Softsign), false),
        // Keras 2: clip(0.2x + 0.5, 0, 1); Keras 3: relu6(x + 3) / 6.
        "hard_sigmoid" => (new ActivationOp(ActivationKind.HardSigmoid, alpha: keras3 ? 1.0 / 6 : 0.2, beta: 0.5), false),
        "binary_tanh" => (new ActivationOp(ActivationKind.BinaryTanh), false),
        "ternary_tanh" => (new ActivationOp(ActivationKind.TernaryTanh), false),
        _ => null,
    };

    private static bool KnownQuantizer(string name) => name is "binary" or "ternary" or "quantized_relu" or "quantized_bits" or "quantized_tanh" or "quantized_sigmoid";
}
