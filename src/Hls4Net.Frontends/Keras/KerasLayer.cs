using System.Text.Json;

namespace Hls4Net.Frontends.Keras;

/// <summary>One layer of a Keras model description: class, name, config and the names of the layers feeding it.</summary>
public sealed record KerasLayer(string ClassName, string Name, JsonElement Config, IReadOnlyList<string> Inbound)
{
    /// <summary>Where the layer's weights are stored (null: under its name, the layout of hand-written files).</summary>
    public KerasWeightLocation? Location { get; init; }

    /// <summary>A string config value, or null.</summary>
    public string? String(string key) =>
        Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>A numeric config value, or <paramref name="fallback"/> when absent or null.</summary>
    public double Number(string key, double fallback) =>
        Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : fallback;

    /// <summary>A boolean config value, or <paramref name="fallback"/>.</summary>
    public bool Bool(string key, bool fallback) =>
        Config.TryGetProperty(key, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : fallback;

    /// <summary>An integer list config value (e.g. target_shape), or null.</summary>
    public int[]? Ints(string key) =>
        Config.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Number).Select(e => e.GetInt32()).ToArray()
            : null;
}
