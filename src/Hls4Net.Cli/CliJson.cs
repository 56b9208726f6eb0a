using System.Text.Json;

namespace Hls4Net.Cli;

/// <summary>
/// The one JSON format of every command's --json output and of --json errors: camelCase keys, no HTML escaping
/// (<c>ap_fixed&lt;16,6&gt;</c> stays literal), NaN and infinities as the strings "NaN"/"Infinity"/"-Infinity",
/// one object on one line (<see cref="FileJson"/>'s format, not indented). Types are described by
/// <see cref="CliJsonContext"/> (source-generated).
/// </summary>
public static class CliJson
{
    public static readonly JsonSerializerOptions Options = new(FileJson.Options)
    {
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
        TypeInfoResolver = CliJsonContext.Default,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, FileJson.TypeInfo<T>(Options));
}
