namespace Hls4Net.Backends.Cpp.Build;

/// <summary>Turns compiler and testbench output into one bounded line for an error message.</summary>
public static class CompilerOutput
{
    /// <summary>Most lines quoted.</summary>
    public const int MaxLines = 4;

    /// <summary>Longest text returned (characters).</summary>
    public const int MaxLength = 800;

    /// <summary>The compiler's first error lines (lines with "error"), else its first lines, joined with " | ".</summary>
    public static string FirstErrors(string output)
    {
        var lines = Lines(output);
        var errors = lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).ToList();
        return Join(errors.Count > 0 ? errors : lines, "no compiler output");
    }

    /// <summary>A testbench's stderr lines (then stdout), joined with " | ".</summary>
    public static string Summary(string stderr, string stdout)
    {
        var lines = Lines(stderr).Concat(Lines(stdout)).ToList();
        return Join(lines, "the testbench printed nothing");
    }

    private static List<string> Lines(string text) =>
        text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();

    private static string Join(List<string> lines, string none)
    {
        if (lines.Count == 0) return none;
        var text = string.Join(" | ", lines.Take(MaxLines));
        if (lines.Count > MaxLines) text += $" | ... ({lines.Count - MaxLines} more lines)";
        return text.Length <= MaxLength ? text : text[..(MaxLength - 3)] + "...";
    }
}
