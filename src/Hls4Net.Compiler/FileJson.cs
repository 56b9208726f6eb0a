using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Hls4Net.Core.Data;

namespace Hls4Net;

/// <summary>
/// The one JSON format of the files Hls4Net writes and reads back (sweep results, build records): camelCase keys
/// (read case-insensitively), no HTML escaping (<c>ap_fixed&lt;16,6&gt;</c> stays literal), NaN and infinities as
/// strings, indented, one trailing newline. Types are described by <see cref="FileJsonContext"/> (source-generated). The CLI's one-line <c>--json</c> output derives from it.
/// </summary>
public static class FileJson
{
    /// <summary>The serializer options.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        PropertyNameCaseInsensitive = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        WriteIndented = true,
        TypeInfoResolver = FileJsonContext.Default,
    };

    /// <summary><paramref name="value"/> as indented JSON with a trailing newline.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, TypeInfo<T>(Options)) + "\n";

    /// <summary>Read <paramref name="path"/> as a <typeparamref name="T"/>; a malformed or empty file is an <see cref="InputDataException"/>.</summary>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), TypeInfo<T>(Options)) ?? throw new InputDataException($"{path}: empty JSON");
        }
        catch (JsonException e)
        {
            throw new InputDataException($"{path}: not a valid {typeof(T).Name} ({e.Message})");
        }
    }

    /// <summary>The source-generated metadata of <typeparamref name="T"/> in <paramref name="options"/>' resolver.</summary>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
