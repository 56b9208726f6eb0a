namespace Hls4Net;

/// <summary>Writes a file atomically: the text goes to a temporary sibling, which is then renamed over the target.</summary>
public static class AtomicFile
{
    /// <summary>Write <paramref name="text"/> to <paramref name="path"/> (UTF-8, no BOM), replacing it in one rename.</summary>
    public static void WriteAllText(string path, string text)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temp, text, new System.Text.UTF8Encoding(false));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
