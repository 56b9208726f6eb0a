using System.Text.Json;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Reads a Keras model description (<c>model.to_json()</c>, an H5 <c>model_config</c> attribute, or a Keras 3
/// <c>config.json</c>) for Sequential, Functional and Model classes.
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
        var className = cls.GetString()!;
        var layersElement = config.ValueKind == JsonValueKind.Array ? config
            : config.ValueKind == JsonValueKind.Object && config.TryGetProperty("layers", out var l) ? l
            : throw new ModelLoadException($"'{source}': model config has no layers");
        if (layersElement.ValueKind != JsonValueKind.Array) throw new ModelLoadException($"'{source}': the model's layers are not a list");
        var layers = layersElement.EnumerateArray().Select((e, i) => ReadLayer(e, i, source)).ToList();
        if (className == "Sequential") return Sequential(layers, isKeras3, source);
        if (className is "Model" or "Functional")
        {
            var inputs = Endpoints(config, "input_layers", source);
            var outputs = Endpoints(config, "output_layers", source);
            return new KerasModelDescription(layers, inputs, outputs, isKeras3);
        }
        throw new ModelLoadException($"'{source}': unsupported Keras model class '{className}' (expected Sequential, Functional or Model)");
    }

    private static KerasModelDescription Sequential(List<KerasLayer> layers, bool isKeras3, string source)
    {
        if (layers.Count == 0) throw new ModelLoadException($"'{source}': the Sequential model has no layers");
        var chained = new List<KerasLayer>();
        string? previous = null;
        foreach (var layer in layers)
        {
            chained.Add(layer with { Inbound = previous is null ? [] : [previous] });
            previous = layer.Name;
        }
        return new KerasModelDescription(chained, [chained[0].Name], [previous!], isKeras3);
    }

    private static KerasLayer ReadLayer(JsonElement e, int index, string source)
    {
        var className = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("class_name", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString() : null;
        if (className is null || !e.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object)
        {
            throw new ModelLoadException($"'{source}': layer {index + 1} has no class_name/config");
        }
        var name = config.TryGetProperty("name", out var n) ? NameOrNull(n, index, source) : e.TryGetProperty("name", out var n2) ? NameOrNull(n2, index, source) : null;
        name ??= $"{className.ToLowerInvariant()}_{index}";
        var inbound = new List<string>();
        if (e.TryGetProperty("inbound_nodes", out var nodes)) CollectInbound(nodes, inbound, source);
        return new KerasLayer(className, name, config.Clone(), inbound);
    }

    private static string? NameOrNull(JsonElement name, int index, string source) => name.ValueKind switch
    {
        JsonValueKind.String => name.GetString(),
        JsonValueKind.Null => null,
        _ => throw new ModelLoadException($"'{source}': the name of layer {index + 1} is {name.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };

    /// <summary>Keras 2: [[["name", 0, 0, {}], ...]]; Keras 3: [{"args": [{"config": {"keras_history": ["name", 0, 0]}}]}].</summary>
    private static void CollectInbound(JsonElement e, List<string> names, string source)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                var items = e.EnumerateArray().ToList();
                if (items.Count >= 3 && items[0].ValueKind == JsonValueKind.String && items[1].ValueKind == JsonValueKind.Number)
                {
                    names.Add(items[0].GetString()!);
                    return;
                }
                foreach (var item in items) CollectInbound(item, names, source);
                break;
            case JsonValueKind.Object:
                if (e.TryGetProperty("keras_history", out var history))
                {
                    if (history.ValueKind != JsonValueKind.Array || history.GetArrayLength() == 0 || history[0].ValueKind != JsonValueKind.String)
                    {
                        throw new ModelLoadException($"'{source}': keras_history {Short(history)} does not start with a layer name");
                    }
                    names.Add(history[0].GetString()!);
                    return;
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name != "kwargs") CollectInbound(p.Value, names, source);
                }
                break;
        }
    }

    private static List<string> Endpoints(JsonElement config, string key, string source)
    {
        var names = new List<string>();
        if (config.ValueKind == JsonValueKind.Object && config.TryGetProperty(key, out var e)) CollectInbound(e, names, source);
        return names;
    }

    private static string Short(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length <= 60 ? text : text[..60] + "...";
    }
}
