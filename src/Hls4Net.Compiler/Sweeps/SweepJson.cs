using Hls4Net.Core.Data;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hls4Net.Sweeps;

/// <summary>The JSON format of <c>results.json</c> and of the build records: camelCase, indented, types literal, NaN as a string.</summary>
public static class SweepJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options) + "\n";

    /// <summary>Read <paramref name="path"/> as a <typeparamref name="T"/>; a malformed file is an <see cref="InputDataException"/>.</summary>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllText(path), Options) ?? throw new InputDataException($"{path}: empty JSON");
        }
        catch (JsonException e)
        {
            throw new InputDataException($"{path}: not a valid {typeof(T).Name} ({e.Message})");
        }
    }
}
