namespace Hls4Net.Core.Config;

/// <summary>The <c>HLSConfig</c> block: <c>Model</c>, <c>LayerType</c> and <c>LayerName</c> sections.</summary>
public sealed class HlsConfig
{
    /// <summary>Settings for every layer.</summary>
    public LayerConfig Model { get; } = new("HLSConfig.Model");

    /// <summary>Per op kind or hls4ml class name (see <see cref="LayerTypeNames"/>); keys match case-insensitively.</summary>
    public Dictionary<string, LayerConfig> LayerType { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Per layer name, exactly as in the model (a case-insensitive match is used when there is no exact one, as hls4ml lower-cases names).</summary>
    public Dictionary<string, LayerConfig> LayerName { get; } = new(StringComparer.Ordinal);

    /// <summary>The LayerName entry for <paramref name="name"/>: the exact key, else the only case-insensitive match.</summary>
    public LayerConfig? FindLayer(string name)
    {
        if (LayerName.TryGetValue(name, out var exact)) return exact;
        var matches = LayerName.Where(kv => string.Equals(kv.Key, name, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count == 1 ? matches[0].Value : null;
    }

    /// <summary>The LayerName entry for <paramref name="name"/>, created when missing.</summary>
    public LayerConfig GetOrAddLayer(string name)
    {
        if (!LayerName.TryGetValue(name, out var c)) LayerName[name] = c = new LayerConfig($"HLSConfig.LayerName.{name}");
        return c;
    }

    /// <summary>The LayerType entry for <paramref name="typeName"/>, created when missing.</summary>
    public LayerConfig GetOrAddType(string typeName)
    {
        if (!LayerType.TryGetValue(typeName, out var c)) LayerType[typeName] = c = new LayerConfig($"HLSConfig.LayerType.{typeName}");
        return c;
    }
}
