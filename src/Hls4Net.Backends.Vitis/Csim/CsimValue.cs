using System.Globalization;
using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>
/// One value of tb_data/csim_results.log: a <c>%.17g</c> number (<see cref="Raw"/> null), or an exact
/// <c>[-]0x&lt;hex&gt;p&lt;e&gt;</c> token of an output wider than 53 bits (value = Raw * 2^-FracBits exactly;
/// <see cref="Value"/> is then the nearest double).
/// </summary>
public readonly record struct CsimValue(double Value, BigInteger? Raw = null, int FracBits = 0)
{
    /// <summary>True when the value was printed exactly as a raw code.</summary>
    public bool IsExact => Raw is not null;

    /// <summary>The exact value printed, as raw * 2^-fracBits; false for NaN and infinities.</summary>
    public bool TryExact(out BigInteger raw, out int fracBits)
    {
        if (Raw is { } r)
        {
            (raw, fracBits) = (r, FracBits);
            return true;
        }
        (raw, fracBits) = (BigInteger.Zero, 0);
        if (!double.IsFinite(Value)) return false;
        long bits = BitConverter.DoubleToInt64Bits(Value);
        int exp = (int)((bits >> 52) & 0x7FF);
        long m = bits & ((1L << 52) - 1);
        if (exp != 0) m |= 1L << 52;
        raw = bits < 0 ? -m : m;
        fracBits = 1075 - Math.Max(exp, 1); // value = m * 2^(max(exp,1) - 1075)
        return true;
    }

    /// <summary>True when the printed value is exactly raw * 2^-F of <paramref name="type"/> (NaN and infinities never match).</summary>
    public bool Matches(BigInteger raw, FixedType type)
    {
        if (!TryExact(out var r, out var f)) return false;
        int common = Math.Max(f, type.FracBits);
        return (r << (common - f)) == (raw << (common - type.FracBits));
    }

    /// <summary>Parses an exact <c>[-]0x&lt;hex&gt;p&lt;e&gt;</c> token; false when <paramref name="s"/> is not one.</summary>
    public static bool TryParseExact(string s, out CsimValue value)
    {
        value = default;
        var neg = s.StartsWith('-');
        var body = neg ? s[1..] : s;
        if (!body.StartsWith("0x", StringComparison.OrdinalIgnoreCase)) return false;
        var p = body.IndexOfAny(['p', 'P']);
        if (p < 3) return false;
        var hex = body[2..p];
        if (hex.Any(c => !char.IsAsciiHexDigit(c))) return false;
        if (!int.TryParse(body[(p + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e) || e is < -100_000 or > 100_000) return false;
        var raw = BigInteger.Parse("0" + hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        if (neg) raw = -raw;
        value = new CsimValue(FixedMath.ToDouble(raw, -e), raw, -e);
        return true;
    }
}
