namespace Hls4Net.Synthesis;

/// <summary>Reads a report file, turning an I/O failure into an error that names it.</summary>
internal static class ReportFile
{
    public static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SynthesisException($"{path}: cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The cells of a table row <c>|  a |  b |</c>, trimmed (without the empty ends).</summary>
    public static string[] Cells(string line)
    {
        var parts = line.Trim().Split('|');
        return parts.Length < 3 ? [] : parts[1..^1].Select(p => p.Trim()).ToArray();
    }
}
