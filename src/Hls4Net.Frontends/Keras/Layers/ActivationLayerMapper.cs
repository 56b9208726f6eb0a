using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>Activation, QActivation, ReLU, LeakyReLU, ELU, ThresholdedReLU, Softmax and PReLU layers.</summary>
public sealed class ActivationLayerMapper : IKerasLayerMapper
{
    private readonly KerasActivations _activations = new();

    public IReadOnlyList<string> ClassNames { get; } =
        ["Activation", "QActivation", "ReLU", "LeakyReLU", "ELU", "ThresholdedReLU", "Softmax", "PReLU"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var input = inputs[0];
        switch (layer.ClassName)
        {
            case "Activation":
            case "QActivation":
                if (!layer.Config.TryGetProperty("activation", out var act)) throw context.Error(layer, "no activation given");
                var result = _activations.Append(layer.Name, act, input, layer, context);
                // A linear Activation layer still exists in the model: keep it as a node so names in configs resolve.
                return ReferenceEquals(result, input) ? Add(layer, new ActivationOp(ActivationKind.Linear), input, context) : result;
            case "ReLU":
                return Add(layer, Relu(layer, context), input, context);
            case "LeakyReLU":
                var slope = layer.Number("negative_slope", layer.Number("alpha", 0.3));
                return Add(layer, new ActivationOp(ActivationKind.LeakyRelu, alpha: slope), input, context);
            case "ELU":
                return Add(layer, new ActivationOp(ActivationKind.Elu, alpha: layer.Number("alpha", 1.0)), input, context);
            case "ThresholdedReLU":
                return Add(layer, new ActivationOp(ActivationKind.ThresholdedRelu, alpha: layer.Number("theta", 1.0)), input, context);
            case "Softmax":
                // Keras counts the batch axis: axis -1 (the default) or 1..rank name a sample axis.
                var axis = (int)layer.Number("axis", -1);
                var sampleAxis = axis < 0 ? axis + input.Shape.Rank : axis - 1;
                if (sampleAxis < 0 || sampleAxis >= input.Shape.Rank) throw context.Error(layer, $"softmax over axis {axis} is not supported (the batch axis or outside the input's rank {input.Shape.Rank + 1})");
                return Sequence.SoftmaxOnAxis.OneAxis(context.Graph, layer.Name, input, sampleAxis);
            default:
                var alpha = context.Weight(layer, context.Weights.For(layer.Name), "alpha", 0);
                return Add(layer, new PReluOp(new ConstTensor(new Shape(alpha.Size), alpha.Data)), input, context);
        }
    }

    private static ActivationOp Relu(KerasLayer layer, KerasImportContext context)
    {
        var slope = layer.Number("negative_slope", 0);
        var threshold = layer.Number("threshold", 0);
        var max = layer.Config.TryGetProperty("max_value", out var m) && m.ValueKind == JsonValueKind.Number ? m.GetDouble() : double.PositiveInfinity;
        if (threshold != 0) throw context.Error(layer, $"ReLU threshold {threshold} is not supported");
        if (slope != 0 && !double.IsPositiveInfinity(max)) throw context.Error(layer, "ReLU with both negative_slope and max_value is not supported");
        if (slope != 0) return new ActivationOp(ActivationKind.LeakyRelu, alpha: slope);
        return double.IsPositiveInfinity(max) ? new ActivationOp(ActivationKind.Relu) : new ActivationOp(ActivationKind.BoundedRelu, min: 0, max: max);
    }

    private static Value Add(KerasLayer layer, Op op, Value input, KerasImportContext context) =>
        context.Graph.Add(layer.Name, op, input).Output;
}
