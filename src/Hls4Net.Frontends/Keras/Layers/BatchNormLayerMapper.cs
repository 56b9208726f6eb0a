using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>BatchNormalization and QBatchNormalization (over the last axis) to a folded scale/shift batch norm.</summary>
public sealed class BatchNormLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["BatchNormalization", "QBatchNormalization"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        var input = inputs[0];
        var axis = layer.Ints("axis") is { Length: 1 } a ? a[0] : (int)layer.Number("axis", -1);
        if (axis != -1 && axis != input.Shape.Rank) throw context.Error(layer, $"batch normalization over axis {axis} is not supported (only the last axis)");
        if (layer.ClassName == "QBatchNormalization" && HasQuantizer(layer))
        {
            throw context.Error(layer, "QBatchNormalization with gamma/beta/mean/variance quantizers is not supported yet");
        }
        var weights = context.Weights.For(layer.Name);
        var n = input.Shape.Dims[^1];
        bool scale = layer.Bool("scale", true), center = layer.Bool("center", true);
        var position = 0;
        var gamma = scale ? context.Weight(layer, weights, "gamma", position++).Data : Fill(n, 1);
        var beta = center ? context.Weight(layer, weights, "beta", position++).Data : Fill(n, 0);
        var mean = context.Weight(layer, weights, "moving_mean", position++).Data;
        var variance = context.Weight(layer, weights, "moving_variance", position).Data;
        if (gamma.Length != n || beta.Length != n || mean.Length != n || variance.Length != n)
        {
            throw context.Error(layer, $"batch-norm parameters do not match the {n} channels of its input");
        }
        var op = BatchNormOp.FromStatistics(gamma, beta, mean, variance, layer.Number("epsilon", 1e-3));
        return context.Graph.Add(layer.Name, op, input).Output;
    }

    private static bool HasQuantizer(KerasLayer layer) =>
        new[] { "gamma_quantizer", "beta_quantizer", "mean_quantizer", "variance_quantizer" }
            .Any(k => layer.Config.TryGetProperty(k, out var v) && v.ValueKind != System.Text.Json.JsonValueKind.Null);

    private static float[] Fill(int n, float value) => Enumerable.Repeat(value, n).ToArray();
}
