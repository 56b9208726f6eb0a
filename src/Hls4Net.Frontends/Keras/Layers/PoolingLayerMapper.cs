using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// MaxPooling1D/2D, AveragePooling1D/2D (padding "same" excludes the padding from averages, as TensorFlow does) and
/// GlobalMax/GlobalAveragePooling1D/2D (keepdims adds a Reshape back to [1(,1), c]).
/// </summary>
public sealed class PoolingLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } =
    [
        "MaxPooling1D", "MaxPooling2D", "AveragePooling1D", "AveragePooling2D", "MaxPool1D", "MaxPool2D", "AvgPool1D", "AvgPool2D",
        "GlobalMaxPooling1D", "GlobalMaxPooling2D", "GlobalAveragePooling1D", "GlobalAveragePooling2D",
        "GlobalMaxPool1D", "GlobalMaxPool2D", "GlobalAvgPool1D", "GlobalAvgPool2D",
    ];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        KerasWindow.RequireChannelsLast(layer, context);
        var name = layer.ClassName;
        var kind = name.Contains("Max", StringComparison.Ordinal) ? PoolKind.Max : PoolKind.Average;
        var rank = name.Contains("1D", StringComparison.Ordinal) ? 1 : 2;
        var input = inputs[0];
        var spatial = KerasWindow.Spatial(layer, input, rank, context);
        if (name.StartsWith("Global", StringComparison.Ordinal))
        {
            var pooled = context.Graph.Add(layer.Name, new GlobalPoolOp(kind), input).Output;
            if (!layer.Bool("keepdims", false)) return pooled;
            var kept = rank == 1 ? new Shape(1, pooled.Shape[0]) : new Shape(1, 1, pooled.Shape[0]);
            return context.Graph.Add($"{layer.Name}_keepdims", new ReshapeOp(kept), pooled).Output;
        }
        var size = KerasWindow.Tuple(layer, "pool_size", rank, 2, context);
        var strides = layer.Config.TryGetProperty("strides", out var s) && s.ValueKind != System.Text.Json.JsonValueKind.Null
            ? KerasWindow.Tuple(layer, "strides", rank, null, context)
            : size;
        var mode = layer.String("padding") ?? "valid";
        var pads = Enumerable.Range(0, rank).Select(a => KerasWindow.Pads(layer, mode, spatial[a], size[a], strides[a], 1, false, context)).ToArray();
        Op op = rank == 1
            ? new Pool1DOp(kind, size[0], strides[0], pads[0].Before, pads[0].After)
            : new Pool2DOp(kind, (size[0], size[1]), (strides[0], strides[1]), new Padding2D(pads[0].Before, pads[0].After, pads[1].Before, pads[1].After));
        return context.Graph.Add(layer.Name, op, input).Output;
    }
}
