using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>UpSampling1D ('size') and UpSampling2D ('size', interpolation "nearest" only).</summary>
public sealed class UpSamplingLayerMapper : IKerasLayerMapper
{
    public IReadOnlyList<string> ClassNames { get; } = ["UpSampling1D", "UpSampling2D"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        KerasWindow.RequireChannelsLast(layer, context);
        var rank = layer.ClassName == "UpSampling1D" ? 1 : 2;
        KerasWindow.Spatial(layer, inputs[0], rank, context);
        var interpolation = layer.String("interpolation") ?? "nearest";
        if (interpolation != "nearest") throw context.Error(layer, $"interpolation '{interpolation}' is not supported (only nearest)");
        var size = KerasWindow.Tuple(layer, "size", rank, 2, context);
        return context.Graph.Add(layer.Name, new UpsampleOp(size), inputs[0]).Output;
    }
}
