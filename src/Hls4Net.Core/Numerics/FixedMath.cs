using System.Numerics;

namespace Hls4Net.Core.Numerics;

/// <summary>
/// Bit-accurate ap_fixed / ap_int arithmetic on raw codes (value = raw * 2^-F). Pure functions.
/// Methods taking or returning <see cref="long"/> are the allocation-free fast path and need
/// <see cref="FixedType.FitsInt64"/>; the <see cref="BigInteger"/> overloads accept any width with identical results.
/// </summary>
public static class FixedMath
{
    /// <summary>Converts a double into <paramref name="to"/> (spec 2/3): one exact rounding, then overflow handling.
    /// ±Inf act as ±2^1024, NaN as the infinity of its sign bit, ±0 gives 0. Into an ap_int it truncates toward zero
    /// and wraps (the header's ap_int(-0.25) == 1 defect is not reproduced).</summary>
    public static long FromDouble(double x, FixedType to) => FromDouble(x, to, out _);

    /// <summary>As <see cref="FromDouble(double, FixedType)"/>; <paramref name="overflowed"/> tells whether the
    /// quantized value was outside the range before the overflow step.</summary>
    public static long FromDouble(double x, FixedType to, out bool overflowed)
    {
        RequireFast(to);
        long m = DoubleBits.Decode(x, out int e);
        return FixedConverterInt64.ConvertInt64(m, e + to.FracBits, to, out overflowed);
    }

    /// <summary>Slow-path <see cref="FromDouble(double, FixedType, out bool)"/> for any width.</summary>
    public static BigInteger FromDoubleBig(double x, FixedType to, out bool overflowed)
    {
        long m = DoubleBits.Decode(x, out int e);
        return FixedConverter.Convert((BigInteger)m, e + to.FracBits, to, out overflowed);
    }

    /// <summary>Converts a float (widened exactly to double first).</summary>
    public static long FromSingle(float x, FixedType to, out bool overflowed) => FromDouble(x, to, out overflowed);

    /// <summary>Converts a C integer (treated as ap_fixed&lt;64,64&gt;, i.e. its exact value) into <paramref name="to"/>.</summary>
    public static long FromInt64(long value, FixedType to) => Convert(value, 0, to, out _);

    /// <summary>Converts the exact value raw*2^-fromFracBits into <paramref name="to"/> (spec 2, or truncate+wrap
    /// when <paramref name="to"/> is an ap_int). <paramref name="overflowed"/> is true when the value was out of
    /// range before the overflow step (for signed AP_SAT_SYM types the minimum code counts as out of range).</summary>
    public static long Convert(long raw, int fromFracBits, FixedType to, out bool overflowed)
    {
        RequireFast(to);
        return FixedConverterInt64.ConvertInt64(raw, to.FracBits - fromFracBits, to, out overflowed);
    }

    /// <summary><see cref="Convert(long, int, FixedType, out bool)"/> without the overflow flag.</summary>
    public static long Convert(long raw, int fromFracBits, FixedType to) => Convert(raw, fromFracBits, to, out _);

    /// <summary>Converts a 128-bit exact value (e.g. a product of two 64-bit raws); raw must not be Int128.MinValue.</summary>
    public static long Convert(Int128 raw, int fromFracBits, FixedType to, out bool overflowed)
    {
        RequireFast(to);
        int t = to.FracBits - fromFracBits;
        return raw == (long)raw
            ? FixedConverterInt64.ConvertInt64((long)raw, t, to, out overflowed)
            : (long)FixedConverter.Convert(raw, t, to, out overflowed);
    }

    /// <summary><see cref="Convert(Int128, int, FixedType, out bool)"/> without the overflow flag.</summary>
    public static long Convert(Int128 raw, int fromFracBits, FixedType to) => Convert(raw, fromFracBits, to, out _);

    /// <summary>Slow-path conversion of any exact value into a type of any width.</summary>
    public static BigInteger Convert(BigInteger raw, int fromFracBits, FixedType to, out bool overflowed) =>
        FixedConverter.Convert(raw, to.FracBits - fromFracBits, to, out overflowed);

    /// <summary>Converts a raw code of <paramref name="from"/> into <paramref name="to"/> (assignment, spec 5).</summary>
    public static long Convert(long raw, FixedType from, FixedType to, out bool overflowed) =>
        Convert(raw, from.FracBits, to, out overflowed);

    /// <summary>C++ <c>to_int64()</c> / <c>(long)x</c>: truncates toward zero, then wraps to 64 bits.</summary>
    public static long ToInt64(long raw, int fracBits) => Convert(raw, fracBits, Int64Type, out _);

    /// <summary><c>to_double()</c>: the exact value rounded to nearest-even at 53 bits (no subnormal/overflow handling).</summary>
    public static double ToDouble(long raw, int fracBits) => Math.ScaleB((double)raw, -fracBits);

    /// <summary><c>to_double()</c> for any width.</summary>
    public static double ToDouble(BigInteger raw, int fracBits) => DoubleBits.Round(raw, fracBits, 53);

    /// <summary><c>to_float()</c>: the exact value rounded once to 24 bits (not via double).</summary>
    public static float ToSingle(long raw, int fracBits) => (float)DoubleBits.Round(raw, fracBits, 24);

    /// <summary><c>to_float()</c> for any width.</summary>
    public static float ToSingle(BigInteger raw, int fracBits) => (float)DoubleBits.Round(raw, fracBits, 24);

    internal static readonly FixedType Int64Type = FixedType.Int(64);

    private static void RequireFast(FixedType to)
    {
        if (!to.FitsInt64)
            throw new ArgumentException($"{to} does not fit the 64-bit fast path; use the BigInteger overload", nameof(to));
    }
}
