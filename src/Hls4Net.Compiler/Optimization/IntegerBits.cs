namespace Hls4Net.Optimization;

/// <summary>The fewest integer bits (sign included) that hold an observed range without overflow.</summary>
public static class IntegerBits
{
    /// <summary>
    /// Signed: the smallest I with -2^(I-1) ≤ min and max &lt; 2^(I-1), at least 1. Unsigned: the smallest I with
    /// max &lt; 2^I, at least 0 (min must then be ≥ 0).
    /// </summary>
    public static int For(double min, double max, bool signed)
    {
        var positive = max > 0 ? (int)Math.Floor(Math.Log2(max)) + 1 : int.MinValue; // smallest e with 2^e > max
        if (!signed) return Math.Max(0, positive);
        var negative = min < 0 ? (int)Math.Ceiling(Math.Log2(-min)) : int.MinValue; // smallest e with 2^e >= -min
        var e = Math.Max(positive, negative);
        return Math.Max(1, e == int.MinValue ? 1 : e + 1);
    }
}
