namespace Hls4Net;

/// <summary>Writes a file atomically: the text goes to a temporary sibling, which is then renamed over the target.</summary>
public static class AtomicFile
{
    /// <summary>Write <paramref name="text"/> to <paramref name="path"/> (UTF-8, no BOM), replacing it in one rename.</summary>
    public static void WriteAllText(string path, string text) => Write(path, output => output.Write(text));

    /// <summary>
    /// Write what <paramref name="write"/> writes to <paramref name="path"/> (UTF-8, no BOM), streamed into the temporary
    /// sibling and renamed over the target once complete; an exception from <paramref name="write"/> leaves the target as it was.
    /// </summary>
    public static void Write(string path, Action<TextWriter> write)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var output = new StreamWriter(temp, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16))
            {
                write(output);
            }
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
