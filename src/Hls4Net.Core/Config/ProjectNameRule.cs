using System.Text.RegularExpressions;

namespace Hls4Net.Core.Config;

/// <summary>A project name becomes a C++ identifier and file names: letters, digits and '_', not starting with a digit.</summary>
public static partial class ProjectNameRule
{
    public static string Check(string name, Func<string, Exception> error)
    {
        var n = name.Trim();
        return Identifier().IsMatch(n)
            ? n
            : throw error($"project name '{name}' must be a C++ identifier (letters, digits, '_', not starting with a digit)");
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
