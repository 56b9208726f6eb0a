using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>BatchNormalization and QBatchNormalization (over the last axis, its gamma/beta/mean/variance quantizers applied) to a folded scale/shift batch norm.</summary>
public sealed class BatchNormLayerMapper : IKerasLayerMapper
{
    private readonly QKeras.QuantizerSpecParser _parser = new();
    private readonly QKeras.QKerasQuantizers _quantizers = new();

    public IReadOnlyList<string> ClassNames { get; } = ["BatchNormalization", "QBatchNormalization"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var input = inputs[0];
        var axis = layer.Ints("axis") is { Length: 1 } a ? a[0] : (int)layer.Number("axis", -1);
        if (axis != -1 && axis != input.Shape.Rank) throw context.Error(layer, $"batch normalization over axis {axis} is not supported (only the last axis)");
        var weights = context.Weights.For(layer.Name);
        var n = input.Shape.Dims[^1];
        bool scale = layer.Bool("scale", true), center = layer.Bool("center", true);
        var position = 0;
        var gamma = scale ? context.Weight(layer, weights, "gamma", position++).Data : Fill(n, 1);
        var beta = center ? context.Weight(layer, weights, "beta", position++).Data : Fill(n, 0);
        var mean = context.Weight(layer, weights, "moving_mean", position++).Data;
        var variance = context.Weight(layer, weights, "moving_variance", position).Data;
        if (layer.ClassName == "QBatchNormalization")
        {
            // QKeras quantizes gamma, beta, moving_mean and moving_variance, then normalizes with them as usual.
            var where = $"layer '{layer.Name}' in model '{context.ModelName}'";
            if (scale) gamma = Quantize(layer, "gamma_quantizer", gamma, where);
            if (center) beta = Quantize(layer, "beta_quantizer", beta, where);
            mean = Quantize(layer, "mean_quantizer", mean, where);
            variance = Quantize(layer, "variance_quantizer", variance, where);
        }
        if (gamma.Length != n || beta.Length != n || mean.Length != n || variance.Length != n)
        {
            throw context.Error(layer, $"batch-norm parameters do not match the {n} channels of its input");
        }
        var op = BatchNormOp.FromStatistics(gamma, beta, mean, variance, layer.Number("epsilon", 1e-3));
        return context.Graph.Add(layer.Name, op, input).Output;
    }

    private float[] Quantize(KerasLayer layer, string key, float[] values, string where)
    {
        if (!layer.Config.TryGetProperty(key, out var spec) || spec.ValueKind == System.Text.Json.JsonValueKind.Null) return values;
        var quantizer = _quantizers.ForWeights(_parser.Parse(spec, where), where);
        return values.Select(v => (float)quantizer.Quantize(v)).ToArray();
    }

    private static float[] Fill(int n, float value) => Enumerable.Repeat(value, n).ToArray();
}
