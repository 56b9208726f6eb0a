using System.Text.Json;

namespace Hls4Net.Synthesis;

/// <summary>Writes and reads <see cref="BuildRecord.FileName"/> in a project folder (written atomically: a temporary sibling, then a rename).</summary>
public static class BuildRecordStore
{
    /// <summary>Write <paramref name="record"/> to <paramref name="path"/>.</summary>
    public static void Write(BuildRecord record, string path)
    {
        AtomicFile.WriteAllText(path, FileJson.Serialize(record));
    }

    /// <summary>The record at <paramref name="path"/>, or null when there is none.</summary>
    /// <exception cref="SynthesisException">The file is not a build record.</exception>
    public static BuildRecord? Read(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), FileJson.TypeInfo<BuildRecord>(FileJson.Options))
                ?? throw new SynthesisException($"{path}: not a build record (null)");
        }
        catch (JsonException e)
        {
            throw new SynthesisException($"{path}: not a build record: {e.Message}", e);
        }
    }
}
