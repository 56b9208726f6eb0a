using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>
/// Writes the effective config as hls4ml-style YAML (<c>hls4ml_config.yml</c>) with deterministic ordering:
/// top-level keys sorted, Model first, LayerType sorted, LayerName in graph order. Given the graph after the
/// precision and hardware passes, every layer gets a LayerName entry with its resolved types, reuse factor and
/// strategy, so the file reproduces the design when loaded again.
/// </summary>
public sealed class EffectiveConfigWriter
{
    /// <summary>
    /// The YAML text for <paramref name="config"/> (and the resolved layers of <paramref name="graph"/>, if given).
    /// <paramref name="mapPath"/> rewrites the model and data paths (e.g. relative to the project folder); default: as they are.
    /// </summary>
    public string Write(ProjectConfig config, Graph? graph = null, Func<string, string>? mapPath = null)
    {
        mapPath ??= p => p;
        var top = new SortedDictionary<string, object>(StringComparer.Ordinal)
        {
            ["Backend"] = config.Backend,
            ["ClockPeriod"] = config.ClockPeriod,
            ["HLSConfig"] = Hls(config.Hls, graph),
            ["IOType"] = IoTypeNames.Name(config.IoType),
            ["Part"] = config.Part,
            ["ProjectName"] = config.ProjectName,
            ["Semantics"] = SemanticsNames.Name(config.Semantics),
        };
        AddIf(top, "ClockUncertainty", config.ClockUncertainty);
        AddIf(top, "OnnxModel", config.OnnxModel is null ? null : mapPath(config.OnnxModel));
        AddIf(top, "KerasJson", config.KerasJson is null ? null : mapPath(config.KerasJson));
        AddIf(top, "KerasH5", config.KerasH5 is null ? null : mapPath(config.KerasH5));
        AddIf(top, "KerasModel", config.KerasModel is null ? null : mapPath(config.KerasModel));
        AddIf(top, "OutputDir", config.OutputDir);
        AddIf(top, "InputData", config.InputData is null ? null : mapPath(config.InputData));
        AddIf(top, "OutputPredictions", config.OutputPredictions is null ? null : mapPath(config.OutputPredictions));
        return YamlTreeWriter.Write(top);
    }

    /// <summary>Write <see cref="Write"/>'s text to <paramref name="path"/>.</summary>
    public void WriteFile(string path, ProjectConfig config, Graph? graph = null) =>
        File.WriteAllText(path, Write(config, graph));

    private static Dictionary<string, object> Hls(HlsConfig hls, Graph? graph)
    {
        var result = new Dictionary<string, object> { ["Model"] = Model(hls.Model) };
        if (hls.LayerType.Count > 0)
        {
            var types = new Dictionary<string, object>();
            foreach (var key in hls.LayerType.Keys.Order(StringComparer.Ordinal)) types[key] = Section(hls.LayerType[key]);
            result["LayerType"] = types;
        }
        var names = new Dictionary<string, object>();
        var used = new HashSet<LayerConfig>(ReferenceEqualityComparer.Instance);
        if (graph is not null)
        {
            foreach (var input in graph.Inputs)
            {
                if (input.Type is not null) names[input.Name] = Merge(Use(hls.FindLayer(input.Name), used), Precision([("result", input.Type.ToString())]));
            }
            foreach (var node in graph.Nodes) names[node.Name] = Merge(Use(hls.FindLayer(node.Name), used), Resolved(node));
        }
        // Entries that match no layer (or all of them, without a graph) are kept as written.
        foreach (var key in hls.LayerName.Keys.Order(StringComparer.Ordinal))
        {
            if (!used.Contains(hls.LayerName[key])) names.TryAdd(key, Section(hls.LayerName[key]));
        }
        if (names.Count > 0) result["LayerName"] = names;
        return result;
    }

    private static LayerConfig? Use(LayerConfig? entry, HashSet<LayerConfig> used)
    {
        if (entry is not null) used.Add(entry);
        return entry;
    }

    private static Dictionary<string, object> Model(LayerConfig model)
    {
        var section = Section(model);
        var precision = section.TryGetValue("Precision", out var p) ? (Dictionary<string, object>)p : new Dictionary<string, object>();
        if (!model.TryGetPrecision(PrecisionSlot.Default, out _))
        {
            precision = new Dictionary<string, object> { ["default"] = PrecisionDefaults.Default.ToString() }
                .Concat(precision.Where(kv => kv.Key != "default")).ToDictionary();
        }
        section["Precision"] = precision;
        section.TryAdd("ReuseFactor", 1);
        section.TryAdd("Strategy", StrategyNames.Name(Strategy.Latency));
        return Ordered(section);
    }

    private static Dictionary<string, object> Section(LayerConfig c)
    {
        var s = new Dictionary<string, object>();
        if (c.Precision.Count > 0)
        {
            s["Precision"] = c.Precision.ToDictionary(kv => kv.Key.Name, kv => (object)(kv.Value?.ToString() ?? "auto"));
        }
        if (c.ReuseFactor is { } rf) s["ReuseFactor"] = rf;
        if (c.Strategy is { } st) s["Strategy"] = StrategyNames.Name(st);
        if (c.Semantics is { } sem) s["Semantics"] = SemanticsNames.Name(sem);
        if (c.TableSize is { } ts) s["TableSize"] = ts;
        if (c.Trace is { } tr) s["Trace"] = tr;
        if (c.Implementation is { } impl) s["Implementation"] = impl;
        if (c.Skip is { } skip) s["Skip"] = skip;
        if (c.ParallelizationFactor is { } pf) s["ParallelizationFactor"] = pf;
        if (c.Compression is { } comp) s["Compression"] = comp;
        if (c.Static is { } isStatic) s["static"] = isStatic;
        if (c.ConvImplementation is { } conv) s["ConvImplementation"] = conv;
        foreach (var (k, v) in c.PassThrough) s[k] = v;
        return Ordered(s);
    }

    private static Dictionary<string, object> Resolved(Node node)
    {
        var p = node.Precision;
        var section = Precision([(PrecisionSlot.Result.Name, node.Outputs[0].Type?.ToString()), .. p.Slots.Select(kv => (kv.Key.Name, (string?)kv.Value.ToString()))]);
        section["ReuseFactor"] = node.Hardware.ReuseFactor;
        section["Strategy"] = StrategyNames.Name(node.Hardware.Strategy);
        if (p.Table is not null || node.Op.Traits.PrecisionSlots.Any(u => u.Slot.IsTable)) section["TableSize"] = p.TableSize;
        return section;
    }

    private static Dictionary<string, object> Precision(IEnumerable<(string Key, string? Type)> entries)
    {
        var map = entries.Where(e => e.Type is not null).ToDictionary(e => e.Key, e => (object)e.Type!);
        return map.Count == 0 ? new() : new() { ["Precision"] = map };
    }

    /// <summary>Resolved values first; the user's other keys for that layer (Trace, pass-through) are kept.</summary>
    private static Dictionary<string, object> Merge(LayerConfig? user, Dictionary<string, object> resolved)
    {
        if (user is not null)
        {
            foreach (var (k, v) in Section(user)) resolved.TryAdd(k, v);
        }
        return Ordered(resolved);
    }

    /// <summary>Precision, ReuseFactor, Strategy, TableSize, Trace, then the rest alphabetically.</summary>
    private static Dictionary<string, object> Ordered(Dictionary<string, object> s)
    {
        string[] first = ["Precision", "ReuseFactor", "Strategy", "TableSize", "Trace"];
        return s.OrderBy(kv => Array.IndexOf(first, kv.Key) is var i && i >= 0 ? i : first.Length)
            .ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary();
    }

    private static void AddIf(IDictionary<string, object> map, string key, string? value)
    {
        if (value is not null) map[key] = value;
    }
}
