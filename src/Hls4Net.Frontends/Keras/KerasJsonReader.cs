using System.Text.Json;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Reads a Keras model description (<c>model.to_json()</c>, an H5 <c>model_config</c> attribute, or a Keras 3
/// <c>config.json</c>) for Sequential, Functional and Model classes. Nested models (a Sequential inside a Functional)
/// are flattened into their layers, and a shared layer called more than once becomes one layer per call
/// ("name", "name_call1", ...), all reading the same weights; the layers come out in dependency order.
/// </summary>
public sealed class KerasJsonReader
{
    public KerasModelDescription Read(string json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new ModelLoadException($"'{source}' is not valid JSON: {e.Message.Split('\n')[0]}");
        }
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("class_name", out var cls) || cls.ValueKind != JsonValueKind.String
            || !root.TryGetProperty("config", out var config))
        {
            throw new ModelLoadException($"'{source}' is not a Keras model description (no class_name/config)");
        }
        var isKeras3 = root.TryGetProperty("module", out _);
        var flattener = new KerasModelFlattener(source);
        var model = flattener.Flatten(cls.GetString() ?? "", config, "", null, []);
        var ordered = KerasModelFlattener.DependencyOrder(flattener.Layers, source);
        return new KerasModelDescription(ordered, model.Inputs, model.Outputs, isKeras3);
    }
}
