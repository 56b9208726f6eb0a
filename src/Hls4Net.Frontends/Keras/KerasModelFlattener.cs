using System.Text.Json;
using System.Text.RegularExpressions;

namespace Hls4Net.Frontends.Keras;

/// <summary>
/// Turns one Keras model config (and, recursively, the models nested in it) into a flat list of <see cref="KerasLayer"/>s:
/// one per call of each layer, inner input layers replaced by what feeds the nested model, and each layer's weight
/// location in both file layouts (<see cref="KerasWeightLocation"/>).
/// </summary>
public sealed partial class KerasModelFlattener
{
    private const int Bound = -1; // a reference that already holds a final layer name
    private readonly string _source;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public KerasModelFlattener(string source) => _source = source;

    /// <summary>Every layer produced so far, in config order.</summary>
    public List<KerasLayer> Layers { get; } = [];

    /// <summary>A flattened model's graph inputs (InputLayer names; empty for a bound nested model) and outputs.</summary>
    public sealed record Result(IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs);

    private sealed record RawLayer(string ClassName, string Name, JsonElement Config, List<List<KerasTensorRef>> Calls, string Keras3Path);

    /// <summary>
    /// Flatten a model config. <paramref name="keras3Path"/> is the model's own Keras 3 path ("" at the top);
    /// <paramref name="keras2Group"/> the Keras 2 group holding a nested model's weights (null at the top);
    /// <paramref name="bindings"/> the layer names feeding a nested model's inputs (empty at the top).
    /// </summary>
    public Result Flatten(string className, JsonElement config, string keras3Path, string? keras2Group, IReadOnlyList<string> bindings)
    {
        var sequential = className == "Sequential";
        if (!sequential && className is not ("Model" or "Functional"))
        {
            throw new ModelLoadException($"'{_source}': unsupported Keras model class '{className}' (expected Sequential, Functional or Model)");
        }
        var layersElement = config.ValueKind == JsonValueKind.Array ? config
            : config.ValueKind == JsonValueKind.Object && config.TryGetProperty("layers", out var l) ? l
            : throw new ModelLoadException($"'{_source}': model config has no layers");
        if (layersElement.ValueKind != JsonValueKind.Array) throw new ModelLoadException($"'{_source}': the model's layers are not a list");
        var raw = ReadLayers(layersElement, keras3Path);
        if (raw.Count == 0) throw new ModelLoadException($"'{_source}': the {className} model has no layers");
        List<KerasTensorRef> inputs, outputs;
        if (sequential)
        {
            for (var i = 1; i < raw.Count; i++) raw[i].Calls.Add([new KerasTensorRef(raw[i - 1].Name, 0)]);
            inputs = [new KerasTensorRef(raw[0].Name, 0)];
            if (bindings.Count > 0 && raw[0].ClassName != "InputLayer")
            {
                // A nested Sequential without an InputLayer: its first layer reads what feeds the model.
                raw[0].Calls.Add(bindings.Select(b => new KerasTensorRef(b, Bound)).ToList());
                inputs = [];
            }
            outputs = [new KerasTensorRef(raw[^1].Name, 0)];
        }
        else
        {
            inputs = Endpoints(config, "input_layers");
            outputs = Endpoints(config, "output_layers");
        }

        var produced = new Dictionary<(string, int), string>();
        var nested = new HashSet<string>(StringComparer.Ordinal);
        var graphInputs = new List<string>();
        // Names first: inner inputs of a bound model alias what feeds it; every other call gets a unique name.
        foreach (var layer in raw)
        {
            if (IsModel(layer.ClassName))
            {
                nested.Add(layer.Name);
                continue;
            }
            var inputIndex = inputs.FindIndex(r => r.Layer == layer.Name);
            if (bindings.Count > 0 && inputIndex >= 0)
            {
                if (inputIndex >= bindings.Count) throw new ModelLoadException($"'{_source}': nested model input '{layer.Name}' is not fed");
                produced[(layer.Name, 0)] = bindings[inputIndex];
                continue;
            }
            var calls = Math.Max(1, layer.Calls.Count);
            for (var k = 0; k < calls; k++) produced[(layer.Name, k)] = Unique(k == 0 ? layer.Name : $"{layer.Name}_call{k}");
        }
        // Nested models next, in order: each is fed by the names already known.
        foreach (var layer in raw.Where(r => nested.Contains(r.Name)))
        {
            if (layer.Calls.Count > 1) throw new ModelLoadException($"'{_source}': nested model '{layer.Name}' is called {layer.Calls.Count} times; only one call is supported");
            var feed = layer.Calls.Count == 0 ? [] : layer.Calls[0].Select(r => Resolve(r, produced, layer.Name)).ToList();
            if (feed.Count == 0) throw new ModelLoadException($"'{_source}': nested model '{layer.Name}' has no inputs");
            var innerClass = layer.ClassName;
            var inner = Flatten(innerClass, layer.Config, layer.Keras3Path, keras2Group ?? layer.Name, feed);
            if (inner.Outputs.Count != 1) throw new ModelLoadException($"'{_source}': nested model '{layer.Name}' has {inner.Outputs.Count} outputs; only one is supported");
            produced[(layer.Name, 0)] = inner.Outputs[0];
        }
        // Then the layers themselves, one per call.
        foreach (var layer in raw.Where(r => !nested.Contains(r.Name)))
        {
            if (bindings.Count > 0 && inputs.Any(r => r.Layer == layer.Name)) continue;
            var location = new KerasWeightLocation(layer.Keras3Path, keras2Group ?? layer.Name, keras2Group is null ? null : layer.Name, layer.Name);
            var calls = layer.Calls.Count == 0 ? [[]] : layer.Calls;
            for (var k = 0; k < calls.Count; k++)
            {
                var inbound = calls[k].Select(r => Resolve(r, produced, layer.Name)).ToList();
                var name = produced[(layer.Name, k)];
                if (layer.ClassName == "InputLayer") graphInputs.Add(name);
                Layers.Add(new KerasLayer(layer.ClassName, name, layer.Config, inbound) { Location = location });
            }
        }
        return new Result(graphInputs, outputs.Select(r => Resolve(r, produced, "the model outputs")).ToList());
    }

    /// <summary>A stable dependency order: each layer after the layers feeding it (config order otherwise).</summary>
    public static List<KerasLayer> DependencyOrder(IReadOnlyList<KerasLayer> layers, string source)
    {
        var known = layers.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<KerasLayer>();
        var pending = layers.ToList();
        while (pending.Count > 0)
        {
            var next = pending.FirstOrDefault(l => l.Inbound.All(i => done.Contains(i) || !known.Contains(i)));
            if (next is null) throw new ModelLoadException($"'{source}': the layers feeding '{pending[0].Name}' form a cycle");
            pending.Remove(next);
            done.Add(next.Name);
            ordered.Add(next);
        }
        return ordered;
    }

    /// <summary>Keras' naming.to_snake_case: "QDense" → "q_dense", "Conv2D" → "conv2d", "QBatchNormalization" → "q_batch_normalization".</summary>
    public static string SnakeCase(string className)
    {
        var s = NonWord().Replace(className, "");
        s = CapitalWord().Replace(s, "$1_$2");
        s = LowerUpper().Replace(s, "$1_$2");
        return s.ToLowerInvariant();
    }

    private static bool IsModel(string className) => className is "Sequential" or "Functional" or "Model";

    private string Unique(string name)
    {
        var candidate = name;
        for (var k = 1; !_names.Add(candidate); k++) candidate = $"{name}_{k}";
        return candidate;
    }

    private string Resolve(KerasTensorRef r, Dictionary<(string, int), string> produced, string user)
    {
        if (r.Node == Bound) return r.Layer;
        if (produced.TryGetValue((r.Layer, r.Node), out var name)) return name;
        // A layer called once may be referenced with the node index it had in another model.
        if (produced.TryGetValue((r.Layer, 0), out name) && !produced.ContainsKey((r.Layer, 1))) return name;
        return r.Layer; // unknown: the graph builder names the missing layer
    }

    private List<RawLayer> ReadLayers(JsonElement layers, string keras3Path)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<RawLayer>();
        var index = 0;
        foreach (var e in layers.EnumerateArray())
        {
            var className = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("class_name", out var c) && c.ValueKind == JsonValueKind.String
                ? c.GetString() : null;
            if (className is null || !e.TryGetProperty("config", out var config) || config.ValueKind != JsonValueKind.Object)
            {
                throw new ModelLoadException($"'{_source}': {Where(keras3Path)}layer {index + 1} has no class_name/config");
            }
            var name = config.TryGetProperty("name", out var n) ? NameOrNull(n, index, keras3Path)
                : e.TryGetProperty("name", out var n2) ? NameOrNull(n2, index, keras3Path) : null;
            name ??= $"{className.ToLowerInvariant()}_{index}";
            var calls = new List<List<KerasTensorRef>>();
            if (e.TryGetProperty("inbound_nodes", out var nodes) && nodes.ValueKind == JsonValueKind.Array)
            {
                foreach (var call in nodes.EnumerateArray())
                {
                    var refs = new List<KerasTensorRef>();
                    CollectRefs(call, refs, $"layer {index + 1} ('{name}')");
                    calls.Add(refs);
                }
            }
            var snake = SnakeCase(className);
            var suffix = used.TryGetValue(snake, out var count) ? $"_{count + 1}" : "";
            used[snake] = used.TryGetValue(snake, out var c2) ? c2 + 1 : 0;
            var path = (keras3Path.Length == 0 ? "layers/" : keras3Path + "/layers/") + snake + suffix;
            list.Add(new RawLayer(className, name, config.Clone(), calls, path));
            index++;
        }
        return list;
    }

    /// <summary>"nested model 'layers/sequential', " for a nested model's layers (its Keras 3 path); "" at the top.</summary>
    private static string Where(string keras3Path) => keras3Path.Length == 0 ? "" : $"nested model '{keras3Path}', ";

    private string? NameOrNull(JsonElement name, int index, string keras3Path) => name.ValueKind switch
    {
        JsonValueKind.String => name.GetString(),
        JsonValueKind.Null => null,
        _ => throw new ModelLoadException($"'{_source}': {Where(keras3Path)}the name of layer {index + 1} is {name.ValueKind.ToString().ToLowerInvariant()}, not a string"),
    };

    /// <summary>
    /// Keras 2: [["name", 0, 0, {}], ...]; Keras 3: {"args": [{"config": {"keras_history": ["name", 0, 0]}}]}.
    /// <paramref name="owner"/> names the layer (or "the model outputs") in messages.
    /// </summary>
    private void CollectRefs(JsonElement e, List<KerasTensorRef> refs, string owner)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                var items = e.EnumerateArray().ToList();
                if (items.Count >= 2 && items[0].ValueKind == JsonValueKind.String && items[1].ValueKind == JsonValueKind.Number)
                {
                    refs.Add(new KerasTensorRef(items[0].GetString()!, NodeIndex(items[1], e, owner)));
                    return;
                }
                foreach (var item in items) CollectRefs(item, refs, owner);
                break;
            case JsonValueKind.Object:
                if (e.TryGetProperty("keras_history", out var history))
                {
                    if (history.ValueKind != JsonValueKind.Array || history.GetArrayLength() == 0 || history[0].ValueKind != JsonValueKind.String)
                    {
                        throw new ModelLoadException($"'{_source}': {owner}: keras_history {Short(history)} does not start with a layer name");
                    }
                    refs.Add(new KerasTensorRef(history[0].GetString()!, history.GetArrayLength() > 1 ? NodeIndex(history[1], history, owner) : 0));
                    return;
                }
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Name != "kwargs") CollectRefs(p.Value, refs, owner);
                }
                break;
        }
    }

    /// <summary>The call (node) index of a tensor reference: a small non-negative integer.</summary>
    private int NodeIndex(JsonElement index, JsonElement reference, string owner)
    {
        if (index.ValueKind != JsonValueKind.Number || !index.TryGetInt32(out var node) || node < 0)
        {
            throw new ModelLoadException($"'{_source}': {owner}: the node index in {Short(reference)} is not a non-negative integer");
        }
        return node;
    }

    private List<KerasTensorRef> Endpoints(JsonElement config, string key)
    {
        var refs = new List<KerasTensorRef>();
        if (config.ValueKind == JsonValueKind.Object && config.TryGetProperty(key, out var e)) CollectRefs(e, refs, $"the model's {key}");
        return refs;
    }

    private static string Short(JsonElement e)
    {
        var text = e.GetRawText();
        return text.Length <= 60 ? text : text[..60] + "...";
    }

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();

    [GeneratedRegex("(.)([A-Z][a-z]+)")]
    private static partial Regex CapitalWord();

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex LowerUpper();
}
