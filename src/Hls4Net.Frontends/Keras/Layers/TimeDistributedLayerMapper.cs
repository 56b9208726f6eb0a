using System.Text.Json;
using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Keras.Layers;

/// <summary>
/// TimeDistributed(Dense): Dense already acts on the last axis of a [steps, features] sequence, so the wrapped Dense
/// is mapped as itself (under the wrapper's name, with the wrapper's weights). Other wrapped layers are refused.
/// </summary>
public sealed class TimeDistributedLayerMapper : IKerasLayerMapper
{
    private readonly DenseLayerMapper _dense = new();

    public IReadOnlyList<string> ClassNames { get; } = ["TimeDistributed"];

    public Value Map(KerasLayer layer, IReadOnlyList<Value> inputs, KerasImportContext context)
    {
        if (!layer.Config.TryGetProperty("layer", out var spec) || spec.ValueKind != JsonValueKind.Object
            || !spec.TryGetProperty("class_name", out var cls) || !spec.TryGetProperty("config", out var config))
        {
            throw context.Error(layer, "the wrapped layer's description is missing");
        }
        var inner = new KerasLayer(cls.GetString() ?? "", layer.Name, config, layer.Inbound) { Location = layer.Location };
        if (!_dense.ClassNames.Contains(inner.ClassName)) throw context.Error(layer, $"TimeDistributed({inner.ClassName}) is not supported (only Dense)");
        return _dense.Map(inner, inputs, context);
    }
}
