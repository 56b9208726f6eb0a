using System.Globalization;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>A QKeras quantizer as written in the model: its class name and arguments (positional and named).</summary>
public sealed record QuantizerSpec(string Name, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string> Named)
{
    /// <summary>An argument by name, else by position, else <paramref name="fallback"/>; "None" reads as <paramref name="fallback"/>.</summary>
    public double Number(string name, int position, double fallback)
    {
        var text = Named.TryGetValue(name, out var v) ? v : position < Positional.Count ? Positional[position] : null;
        if (text is null || text == "None") return fallback;
        if (text is "True" or "true") return 1;
        if (text is "False" or "false") return 0;
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw new ModelLoadException($"QKeras quantizer {this}: argument '{name}' = '{text}' is not supported (a number is expected)");
    }

    /// <summary>True when the argument is given and is not None/1 (e.g. alpha='auto').</summary>
    public string? Raw(string name, int position) =>
        Named.TryGetValue(name, out var v) ? v : position < Positional.Count ? Positional[position] : null;

    public override string ToString() =>
        $"{Name}({string.Join(",", Positional.Concat(Named.Select(kv => $"{kv.Key}={kv.Value}")))})";
}
