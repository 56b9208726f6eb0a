namespace Hls4Net;

/// <summary>Writes a file atomically: the text or bytes go to a temporary sibling, which is then renamed over the target.</summary>
public static class AtomicFile
{
    /// <summary>Write <paramref name="text"/> to <paramref name="path"/> (UTF-8, no BOM), replacing it in one rename.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(text));

    /// <summary>Write <paramref name="bytes"/> to <paramref name="path"/>, replacing it in one rename.</summary>
    public static void WriteAllBytes(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, bytes);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
