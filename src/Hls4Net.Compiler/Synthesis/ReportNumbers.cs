using System.Globalization;
using System.Text.RegularExpressions;

namespace Hls4Net.Synthesis;

/// <summary>
/// Reads the numbers of Vitis and Vivado reports, which are written in the C locale. "undef", "NA", "-" and "N/A" (no
/// figure: e.g. a loop bound unknown to the tool) read as null; anything else that is not a C-locale number, a decimal
/// comma in particular (a tool run under a non-English locale), is an error naming the file and the field.
/// </summary>
public static partial class ReportNumbers
{
    private static readonly string[] NoValue = ["undef", "NA", "N/A", "-", "?"];

    /// <summary>A whole number, or null for "undef"/"NA"/"-".</summary>
    public static long? Long(string? text, string file, string field)
    {
        var value = Double(text, file, field);
        if (value is null) return null;
        if (value != Math.Floor(value.Value)) throw Bad(text!, file, field, "is not a whole number");
        return (long)value.Value;
    }

    /// <summary>A number, or null for "undef"/"NA"/"-".</summary>
    public static double? Double(string? text, string file, string field)
    {
        if (text is null) throw Missing(file, field);
        var t = text.Trim();
        if (t.Length == 0) throw Bad(text, file, field, "is empty");
        if (NoValue.Contains(t, StringComparer.OrdinalIgnoreCase)) return null;
        if (t.StartsWith('~')) t = t[1..]; // csynth.rpt's "~0" utilization
        if (double.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var v)) return v;
        if (DecimalComma().IsMatch(t))
        {
            throw Bad(text, file, field, "has a decimal comma: the tool ran under a non-English locale; rerun it with LC_ALL=C (Hls4Net reads C-locale reports only)");
        }
        throw Bad(text, file, field, "is not a number");
    }

    /// <summary>A time such as "2.627 ms", "45.000 ns" or "1.2 us", in ns; null for "undef"/"NA".</summary>
    public static double? Nanoseconds(string? text, string file, string field)
    {
        if (text is null) throw Missing(file, field);
        var m = Time().Match(text.Trim());
        if (!m.Success) return Double(text, file, field); // "undef", or a bare number, or a clear error
        var value = Double(m.Groups[1].Value, file, field);
        var scale = m.Groups[2].Value.ToLowerInvariant() switch
        {
            "ps" => 1e-3,
            "ns" => 1.0,
            "us" or "µs" => 1e3,
            "ms" => 1e6,
            "s" or "sec" => 1e9,
            var unit => throw Bad(text, file, field, $"has an unknown time unit '{unit}'"),
        };
        return value * scale;
    }

    /// <summary>The error of a field that a report lacks.</summary>
    public static SynthesisException Missing(string file, string field) => new($"{file}: field {field} not found");

    /// <summary>The error of a field whose value cannot be read.</summary>
    public static SynthesisException Bad(string text, string file, string field, string why) =>
        new($"{file}: field {field}: '{text.Trim()}' {why}");

    [GeneratedRegex(@"^-?\d+(\.\d{3})*,\d+$")]
    private static partial Regex DecimalComma();

    [GeneratedRegex(@"^(\S+)\s*(ps|ns|us|µs|ms|sec|s)$", RegexOptions.IgnoreCase)]
    private static partial Regex Time();
}
