using System.Globalization;
using System.Text.Json;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>Reads QKeras quantizers from their two serialized forms: "quantized_bits(4,0,alpha=1)" or {"class_name", "config"}.</summary>
public sealed class QuantizerSpecParser
{
    public QuantizerSpec Parse(JsonElement element, string where)
    {
        if (element.ValueKind == JsonValueKind.String) return Parse(element.GetString()!, where);
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("class_name", out var cls) && cls.ValueKind == JsonValueKind.String)
        {
            var named = new Dictionary<string, string>();
            if (element.TryGetProperty("config", out var config) && config.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in config.EnumerateObject()) named[p.Name] = Scalar(p.Value);
            }
            return new QuantizerSpec(cls.GetString()!, [], named);
        }
        throw new ModelLoadException($"{where}: unreadable QKeras quantizer {element.GetRawText()}");
    }

    public QuantizerSpec Parse(string text, string where)
    {
        var open = text.IndexOf('(');
        if (open < 0) return new QuantizerSpec(text.Trim(), [], new Dictionary<string, string>());
        if (!text.TrimEnd().EndsWith(')')) throw new ModelLoadException($"{where}: unreadable QKeras quantizer '{text}'");
        var name = text[..open].Trim();
        var inner = text[(open + 1)..text.LastIndexOf(')')];
        var positional = new List<string>();
        var named = new Dictionary<string, string>();
        foreach (var part in inner.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq < 0) positional.Add(Unquote(part));
            else named[part[..eq].Trim()] = Unquote(part[(eq + 1)..].Trim());
        }
        return new QuantizerSpec(name, positional, named);
    }

    private static string Unquote(string s) => s.Trim('\'', '"');

    private static string Scalar(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Number => v.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        JsonValueKind.True => "True",
        JsonValueKind.False => "False",
        JsonValueKind.Null => "None",
        JsonValueKind.String => v.GetString()!,
        _ => v.GetRawText(),
    };
}
