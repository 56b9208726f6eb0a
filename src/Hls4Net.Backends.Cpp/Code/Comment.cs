using System.Text;

namespace Hls4Net.Backends.Cpp.Code;

/// <summary>Makes arbitrary model text safe inside a one-line C++ <c>//</c> comment (and a Tcl/YAML comment).</summary>
public static class Comment
{
    /// <summary>Printable ASCII only; backslashes (line continuation) and control characters replaced.</summary>
    public static string Text(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(c is >= ' ' and <= '~' && c != '\\' ? c : '?');
        return sb.ToString();
    }
}
