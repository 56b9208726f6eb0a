using System.Globalization;

namespace Hls4Net.Core.Data;

/// <summary>
/// The one rule for non-finite input values, shared by every sample reader (CSV/.dat, .npy) and so by convert --input,
/// emulate, verify and csim: NaN, +inf and -inf (and numbers too large for a double, such as 1e400) are refused with
/// one message. Fixed-point hardware has no NaN or infinity, so no value of the firmware could stand for them.
/// Sample and column numbers in the message are 1-based.
/// </summary>
public static class FiniteInputRule
{
    /// <summary>The rule, as it appears at the end of every refusal.</summary>
    public const string Rule = "inputs must be finite numbers; NaN and ±inf are refused";

    /// <summary>The error for a non-finite value at <paramref name="where"/> (e.g. "x.csv sample 2, column 5").</summary>
    public static InputDataException Refused(string where, string text) => new($"{where}: '{text}' is not a finite number ({Rule})");

    /// <summary>The error for a non-finite value read from a binary file.</summary>
    public static InputDataException Refused(string where, double value) => Refused(where, Text(value));

    /// <summary>True when <paramref name="cell"/> denotes NaN or an infinity ("nan", "inf", "-Infinity", "∞", "1e400", ...).</summary>
    public static bool IsNonFinite(string cell)
    {
        var t = cell.Trim().TrimStart('+', '-').ToLowerInvariant();
        if (t is "nan" or "inf" or "infinity" or "∞") return true;
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && !double.IsFinite(v);
    }

    private static string Text(double value) =>
        double.IsNaN(value) ? "NaN" : double.IsPositiveInfinity(value) ? "+inf" : double.IsNegativeInfinity(value) ? "-inf" : value.ToString("R", CultureInfo.InvariantCulture);
}
