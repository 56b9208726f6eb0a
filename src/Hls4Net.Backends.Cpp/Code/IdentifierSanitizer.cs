using System.Text;
using System.Text.RegularExpressions;

namespace Hls4Net.Backends.Cpp.Code;

/// <summary>
/// Turns model names (layers, tensors) into unique, valid C++ identifiers that are also safe file names.
/// Rules, applied in order: every character outside [A-Za-z0-9_] becomes '_'; runs of '_' collapse to one
/// (a double underscore is reserved in C++); leading and trailing '_' are dropped (reserved <c>_X</c> forms,
/// and so that emitters can append "_suffix"); an empty
/// result becomes "l"; a leading digit gets the prefix "l_"; the result is cut to <see cref="MaxLength"/>
/// characters; C++ keywords, well-known library names and names the backend generates itself
/// (layerN_out, input_t, config2, N_...) get a trailing '_'. Uniqueness is case-insensitive (so the weight
/// files of "Dense" and "dense" cannot collide on a case-insensitive file system): a name already taken
/// gets the first free suffix "_2", "_3", ... ("class_" gets "class_2") One instance per generated project; results depend only on
/// the order of calls, never on hashing or time.
/// </summary>
public sealed class IdentifierSanitizer
{
    /// <summary>Longest identifier produced before a deduplication suffix is added.</summary>
    public const int MaxLength = 96;

    private static readonly Regex Generated = new(
        @"^(layer\d+(_out(_cpy\d+)?|_t)?|input\d*(_t|_cpy\d+)?|result\d*(_t)?|output_\d+|config\d+|[wb]\d+|N_[A-Za-z0-9_]*|HLS4NET_[A-Za-z0-9_]*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Mark <paramref name="identifier"/> as used (e.g. the project's top function name).</summary>
    public void Reserve(string identifier) => _taken.Add(identifier);

    /// <summary>A unique valid identifier for <paramref name="name"/>; records it as taken.</summary>
    public string Sanitize(string name)
    {
        var baseName = Clean(name);
        var candidate = baseName;
        var stem = baseName.EndsWith('_') ? baseName : baseName + "_";
        for (var k = 2; !_taken.Add(candidate); k++) candidate = stem + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    /// <summary>The cleaned form of <paramref name="name"/> without deduplication.</summary>
    public static string Clean(string name)
    {
        var sb = new StringBuilder(name.Length + 2);
        foreach (var c in name)
        {
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
            if (ok) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '_') sb.Append('_');
        }
        var s = sb.ToString().TrimEnd('_');
        if (s.Length == 0) s = "l";
        if (char.IsAsciiDigit(s[0])) s = "l_" + s;
        if (s.Length > MaxLength) s = s[..MaxLength].TrimEnd('_');
        if (IsReserved(s)) s += "_";
        return s;
    }

    /// <summary>True for a valid C++ identifier that is not a keyword and not reserved (no leading '_' or "__": generated names are global).</summary>
    public static bool IsValidIdentifier(string s) =>
        s.Length > 0 && !char.IsAsciiDigit(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && !s.Contains("__", StringComparison.Ordinal) && s[0] != '_'
        && !CppReservedWords.Contains(s);

    /// <summary>
    /// Looser check for names made by emitters from sanitized ids (e.g. "class_" + "_table"): ASCII letters,
    /// digits and '_', no leading digit or '_', not a keyword.
    /// </summary>
    public static bool IsPlainIdentifier(string s) =>
        s.Length > 0 && char.IsAsciiLetter(s[0]) && s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') && !CppReservedWords.Contains(s);

    private static bool IsReserved(string s) => CppReservedWords.Contains(s) || Generated.IsMatch(s);
}
