using System.Globalization;
using System.Numerics;
using System.Text;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Cpp.Code;

/// <summary>
/// Formats numbers as C++ literals that denote exactly the intended value.
/// <see cref="Double"/> gives a floating literal (always with '.' or an exponent) that a correctly rounding
/// compiler reads back as the very same double; <see cref="ExactDecimal(BigInteger, int)"/> prints the exact
/// decimal expansion of raw*2^-F; <see cref="FixedInitializer(string, BigInteger, int)"/> gives an initializer for a fixed-point
/// element that is exact for any raw code.
/// </summary>
public static class CppLiteral
{
    /// <summary>Most significant bits a double holds exactly.</summary>
    public const int DoubleMantissaBits = 53;

    /// <summary>A C++ floating literal for <paramref name="value"/>, e.g. <c>1.0</c>, <c>-0.5</c>, <c>1e-08</c>, <c>3e+38</c>.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite (no C++ literal denotes it).</exception>
    public static string Double(double value) => AppendDouble(new StringBuilder(24), value).ToString();

    /// <summary>Append <see cref="Double"/>'s literal for <paramref name="value"/> to <paramref name="sb"/> without making a string.</summary>
    /// <exception cref="ArgumentException">The value is NaN or infinite (no C++ literal denotes it).</exception>
    public static StringBuilder AppendDouble(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{value.ToString(CultureInfo.InvariantCulture)} has no C++ literal", nameof(value));
        Span<char> s = stackalloc char[32]; // "R" needs at most 24 characters ("-1.7976931348623157E+308")
        if (!value.TryFormat(s, out var n, "R", CultureInfo.InvariantCulture)) throw new InvalidOperationException($"cannot format {value}");
        s = s[..n];
        var e = s.IndexOf('E');
        if (e >= 0) return sb.Append(s[..e]).Append('e').Append(s[(e + 1)..]);
        sb.Append(s);
        return s.Contains('.') ? sb : sb.Append(".0");
    }

    /// <summary>True when raw*2^-F is exactly a finite, normal-or-subnormal double.</summary>
    public static bool IsExactDouble(BigInteger raw, int fracBits)
    {
        if (raw >= long.MinValue && raw <= long.MaxValue) return IsExactDouble((long)raw, fracBits);
        if (raw.IsZero) return true;
        var mag = BigInteger.Abs(raw);
        var tz = (int)BigInteger.TrailingZeroCount(mag);
        var odd = mag >> tz;
        var bits = (long)odd.GetBitLength();
        var lowExp = (long)tz - fracBits; // value = odd * 2^lowExp
        var topExp = lowExp + bits - 1;
        return bits <= DoubleMantissaBits && topExp <= 1023 && lowExp >= -1074;
    }

    /// <summary>As <see cref="IsExactDouble(BigInteger, int)"/> for a 64-bit raw code, without big-integer arithmetic.</summary>
    public static bool IsExactDouble(long raw, int fracBits)
    {
        if (raw == 0) return true;
        var mag = raw < 0 ? unchecked(0UL - (ulong)raw) : (ulong)raw; // long.MinValue's magnitude is 2^63
        var tz = BitOperations.TrailingZeroCount(mag);
        var bits = 64 - BitOperations.LeadingZeroCount(mag >> tz);
        var lowExp = (long)tz - fracBits; // value = odd * 2^lowExp
        var topExp = lowExp + bits - 1;
        return bits <= DoubleMantissaBits && topExp <= 1023 && lowExp >= -1074;
    }

    /// <summary>The exact decimal value of raw*2^-F as a floating literal (e.g. <c>0.1015625</c>, <c>-12.0</c>).</summary>
    public static string ExactDecimal(BigInteger raw, int fracBits)
    {
        var neg = raw.Sign < 0;
        var mag = BigInteger.Abs(raw);
        string text;
        if (fracBits <= 0)
        {
            text = (mag << -fracBits).ToString(CultureInfo.InvariantCulture) + ".0";
        }
        else
        {
            // raw / 2^F == raw * 5^F / 10^F: exactly F decimal places.
            var scaled = (mag * BigInteger.Pow(5, fracBits)).ToString(CultureInfo.InvariantCulture).PadLeft(fracBits + 1, '0');
            var intPart = scaled[..^fracBits];
            var frac = scaled[^fracBits..].TrimEnd('0');
            text = intPart + "." + (frac.Length == 0 ? "0" : frac);
        }
        return neg ? "-" + text : text;
    }

    /// <summary>Exact decimal value of a 64-bit raw code.</summary>
    public static string ExactDecimal(long raw, int fracBits) => ExactDecimal(new BigInteger(raw), fracBits);

    /// <summary>
    /// An initializer for one element of type <paramref name="typeName"/> holding raw*2^-F exactly: the
    /// shortest double literal when the value is exactly a double (always for W &lt;= 53), else the sum of two
    /// exactly representable parts, <c>T(hi) + T(lo)</c>, which ap_fixed adds without rounding.
    /// </summary>
    public static string FixedInitializer(string typeName, BigInteger raw, int fracBits) =>
        AppendFixedInitializer(new StringBuilder(24), typeName, raw, fracBits).ToString();

    /// <summary>As <see cref="FixedInitializer(string, BigInteger, int)"/> for a 64-bit raw code.</summary>
    public static string FixedInitializer(string typeName, long raw, int fracBits) =>
        AppendFixedInitializer(new StringBuilder(24), typeName, raw, fracBits).ToString();

    /// <summary>Append <see cref="FixedInitializer(string, BigInteger, int)"/>'s initializer to <paramref name="sb"/> without making a string.</summary>
    /// <exception cref="ArgumentException">The value cannot be written exactly.</exception>
    public static StringBuilder AppendFixedInitializer(StringBuilder sb, string typeName, BigInteger raw, int fracBits)
    {
        if (raw >= long.MinValue && raw <= long.MaxValue) return AppendFixedInitializer(sb, typeName, (long)raw, fracBits);
        // Wider codes (constants quantized from floats into wide types): exact only when the value is a double.
        if (IsExactDouble(raw, fracBits)) return AppendDouble(sb, FixedMath.ToDouble(raw, fracBits));
        throw new ArgumentException($"value {ExactDecimal(raw, fracBits)} cannot be written exactly as a C++ initializer");
    }

    /// <summary>As <see cref="AppendFixedInitializer(StringBuilder, string, BigInteger, int)"/> for a 64-bit raw code.</summary>
    /// <exception cref="ArgumentException">The value cannot be written exactly.</exception>
    public static StringBuilder AppendFixedInitializer(StringBuilder sb, string typeName, long raw, int fracBits)
    {
        if (IsExactDouble(raw, fracBits)) return AppendDouble(sb, Math.ScaleB((double)raw, -fracBits));
        const int lowBits = 16;
        var lo = raw & ((1L << lowBits) - 1);
        var hi = raw - lo;
        if (!IsExactDouble(hi, fracBits) || !IsExactDouble(lo, fracBits))
        {
            throw new ArgumentException($"value {ExactDecimal(raw, fracBits)} cannot be written exactly as a C++ initializer");
        }
        AppendDouble(sb.Append(typeName).Append('('), Math.ScaleB((double)hi, -fracBits)).Append(") + ").Append(typeName).Append('(');
        return AppendDouble(sb, Math.ScaleB((double)lo, -fracBits)).Append(')');
    }
}
