namespace Hls4Net.Backends.Cpp.Output;

/// <summary>Line-ending and indentation helpers for generated text.</summary>
public static class Text
{
    /// <summary>'\n' line endings only.</summary>
    public static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    /// <summary>Prefix every non-empty line with <paramref name="indent"/>.</summary>
    public static string Indent(string s, string indent) =>
        string.Join("\n", s.Split('\n').Select(l => l.Length == 0 ? l : indent + l));
}
