using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Keras.QKeras;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// Dense, QDense, and the hls4ml examples' BinaryDense / TernaryDense. Quantized weights are quantized here exactly
/// as the training framework does, and their exact types are attached as <see cref="ImportHints"/>.
/// A fused activation becomes its own node named "&lt;layer&gt;_&lt;activation&gt;", as in hls4ml.
/// </summary>
public sealed class DenseLayerMapper : IKerasLayerMapper
{
    private readonly KerasActivations _activations = new();
    private readonly QuantizerSpecParser _parser = new();
    private readonly QKerasQuantizers _quantizers = new();

    public IReadOnlyList<string> ClassNames { get; } = ["Dense", "QDense", "BinaryDense", "TernaryDense"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var weights = context.Weights.For(layer.Name);
        var kernel = context.Weight(layer, weights, "kernel", 0);
        if (kernel.Shape.Rank != 2) throw context.Error(layer, $"kernel has shape {kernel.Shape}, expected 2-D");
        var nOut = kernel.Shape[1];
        if (layer.Number("units", nOut) is var units && units != nOut)
        {
            throw context.Error(layer, $"the weights' kernel has shape {kernel.Shape} but the layer declares units={units}: the weights do not belong to this model");
        }
        var bias = layer.Bool("use_bias", true)
            ? context.Weight(layer, weights, "bias", 1)
            : new ConstTensor(new Shape(nOut), new float[nOut]);
        var where = $"layer '{layer.Name}' in model '{context.ModelName}'";
        if (Alpha(layer, where) is { } alpha)
        {
            var (grid, scale) = alpha.Factor(kernel);
            var bq = Quantizer(layer, "bias_quantizer", where);
            var dense = context.Graph.Add(layer.Name, new DenseOp(grid, ApplyAlphaNode.Zeros(nOut)), inputs[0]);
            dense.Annotations.Set(ImportHints.WeightType, alpha.GridType);
            var scaled = ApplyAlphaNode.Append(context, layer.Name, dense.Output, scale, bq is null ? bias : Apply(bias, bq), alpha, bq);
            return layer.Config.TryGetProperty("activation", out var a)
                ? _activations.Append($"{layer.Name}_{ActivationSuffix(a)}", a, scaled, layer, context)
                : scaled;
        }
        var (weightQ, biasQ) = Quantizers(layer, where, context);
        if (weightQ is not null) kernel = Apply(kernel, weightQ);
        if (biasQ is not null) bias = Apply(bias, biasQ);
        var node = context.Graph.Add(layer.Name, new DenseOp(kernel, bias), inputs[0]);
        if (weightQ is not null) node.Annotations.Set(ImportHints.WeightType, weightQ.Type);
        if (biasQ is not null) node.Annotations.Set(ImportHints.BiasType, biasQ.Type);
        return layer.Config.TryGetProperty("activation", out var act)
            ? _activations.Append($"{layer.Name}_{ActivationSuffix(act)}", act, node.Output, layer, context)
            : node.Output;
    }

    private (IWeightQuantizer? Weights, IWeightQuantizer? Bias) Quantizers(KerasLayer layer, string where, KerasImportContext context)
    {
        switch (layer.ClassName)
        {
            case "BinaryDense":
            case "TernaryDense":
                if (layer.Number("H", 1) != 1) throw context.Error(layer, $"H = {layer.Number("H", 1)} is not supported (only H = 1)");
                return (layer.ClassName == "BinaryDense" ? new BinaryQuantizer(zeroIsPositive: false) : new TernaryQuantizer(0.5), null);
            case "QDense":
                var w = layer.Config.TryGetProperty("kernel_quantizer", out var kq) && kq.ValueKind != System.Text.Json.JsonValueKind.Null
                    ? _quantizers.ForWeights(_parser.Parse(kq, where), where) : null;
                var b = layer.Config.TryGetProperty("bias_quantizer", out var bq) && bq.ValueKind != System.Text.Json.JsonValueKind.Null
                    ? _quantizers.ForWeights(_parser.Parse(bq, where), where) : null;
                return (w, b);
            default:
                return (null, null);
        }
    }

    private AlphaScaledQuantizer? Alpha(KerasLayer layer, string where) =>
        layer.ClassName == "QDense" && layer.Config.TryGetProperty("kernel_quantizer", out var kq) && kq.ValueKind != System.Text.Json.JsonValueKind.Null
            ? _quantizers.ForAlpha(_parser.Parse(kq, where), where) : null;

    private IWeightQuantizer? Quantizer(KerasLayer layer, string key, string where) =>
        layer.Config.TryGetProperty(key, out var q) && q.ValueKind != System.Text.Json.JsonValueKind.Null ? _quantizers.ForWeights(_parser.Parse(q, where), where) : null;

    private static ConstTensor Apply(ConstTensor t, IWeightQuantizer q) =>
        new(t.Shape, t.Data.Select(v => (float)q.Quantize(v)).ToArray());

    private static string ActivationSuffix(System.Text.Json.JsonElement act)
    {
        var text = act.ValueKind == System.Text.Json.JsonValueKind.String ? act.GetString()!
            : act.ValueKind == System.Text.Json.JsonValueKind.Object && act.TryGetProperty("class_name", out var c) && c.ValueKind == System.Text.Json.JsonValueKind.String ? c.GetString()! : "activation";
        var paren = text.IndexOf('(');
        return paren < 0 ? text : text[..paren];
    }
}
