using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Hls4Net.Core.Data;

/// <summary>
/// Decimal text (one UTF-8 CSV cell) to the nearest double, for the CSV reader's hot loop. The answer and the
/// accept/refuse decision are those of <c>double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, ...)</c>
/// for every input: plain decimals with at most 19 significant digits and a decimal exponent within ±27 are
/// converted here with exact integer arithmetic (round to nearest, ties to even); any other text (whitespace, hex,
/// NaN/Infinity, more digits, far exponents, malformed numbers) is handed to <c>double.TryParse</c>, which decides.
/// </summary>
/// <remarks>
/// Why: <c>double.TryParse</c> costs about 100 ns for the 17-digit values of Python's repr and the 19-digit values
/// of numpy's "%.18e", which made parsing most of <c>hls4net emulate</c>'s CPU time. Here a value is w·10^q with
/// w &lt; 10^19 (a ulong) and |q| ≤ 27. Since 10^q = 5^q·2^q and 5^27 &lt; 2^64, the value is w·5^q·2^q or
/// (w / 5^-q)·2^q: one 64×64→128-bit product, or one 128-bit by 64-bit division whose quotient keeps at least 64
/// significant bits and whose remainder says whether anything was cut off. Rounding that to 53 bits is exact.
/// Digits are read eight at a time where eight follow. Nothing is allocated.
/// </remarks>
internal static class DecimalCellParser
{
    /// <summary>At most this many significant digits fit a ulong (10^19 - 1 &lt; 2^64).</summary>
    private const int MaxDigits = 19;

    /// <summary>5^27 is the largest power of five below 2^64.</summary>
    private const int MaxPowerOfFive = 27;

    /// <summary>Exponent digits beyond this value are left to the fallback (it also keeps the int from overflowing).</summary>
    private const int MaxExponentText = 100_000;

    private static readonly ulong[] PowersOfFive = PowersOf(5, MaxPowerOfFive);

    /// <summary>10^0 .. 10^22: exact doubles (5^22 &lt; 2^53).</summary>
    private static readonly double[] ExactPowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

    /// <summary>How many cells this thread has handed to <c>double.TryParse</c> (so tests can see the exact path is used).</summary>
    [ThreadStatic]
    private static int t_fallbacks;

    internal static int FallbacksOnThisThread => t_fallbacks;

    /// <summary>Like <c>double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value)</c>.</summary>
    public static bool TryParse(ReadOnlySpan<byte> cell, out double value)
    {
        if (TryParseFast(cell, out value)) return true;
        t_fallbacks++;
        return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// The exact conversion alone: false when the cell is not of the simple form handled here (the caller then asks
    /// <c>double.TryParse</c>), true with the correctly rounded value otherwise. Internal so tests can see which path ran.
    /// </summary>
    internal static bool TryParseFast(ReadOnlySpan<byte> cell, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < cell.Length && cell[i] is (byte)'-' or (byte)'+')
        {
            negative = cell[i] == '-';
            i++;
        }

        // Mantissa: integer digits, then maybe a point and fraction digits. Leading zeros are not significant and are
        // skipped; every other digit goes into w, and more than 19 of them (trailing zeros too) are left to the fallback.
        var mantissaStart = i;
        while (i < cell.Length && cell[i] == '0') i++;
        ulong w = 0;
        var digits = ReadDigits(cell, ref i, ref w);
        var decimalExponent = 0;
        var hasPoint = i < cell.Length && cell[i] == '.';
        if (hasPoint)
        {
            i++;
            var fractionStart = i;
            if (digits == 0)
            {
                while (i < cell.Length && cell[i] == '0') i++; // "0.000123"
            }
            digits += ReadDigits(cell, ref i, ref w);
            decimalExponent = fractionStart - i;
        }
        if (i - mantissaStart == (hasPoint ? 1 : 0)) return false; // no digit: "", "-", ".", "e5", "NaN", ...
        if (digits > MaxDigits) return false; // (w has wrapped around; it is not used)

        if (i < cell.Length && (cell[i] | 0x20) == 'e')
        {
            i++;
            var negativeExponent = false;
            if (i < cell.Length && cell[i] is (byte)'-' or (byte)'+')
            {
                negativeExponent = cell[i] == '-';
                i++;
            }
            var start = i;
            var exponent = 0;
            for (; i < cell.Length && (uint)(cell[i] - '0') <= 9; i++)
            {
                exponent = exponent * 10 + (cell[i] - '0');
                if (exponent > MaxExponentText) return false;
            }
            if (i == start) return false; // "1e", "1e+"
            decimalExponent += negativeExponent ? -exponent : exponent;
        }
        if (i != cell.Length) return false; // anything else after the number

        if (w == 0)
        {
            value = negative ? -0.0 : 0.0;
            return true;
        }
        var q = decimalExponent;
        double magnitude;
        if (w <= 1UL << 53 && q is >= -22 and <= 22)
        {
            // Clinger's exact case: both operands are exact doubles, so the one IEEE operation rounds correctly.
            magnitude = q >= 0 ? w * ExactPowersOfTen[q] : w / ExactPowersOfTen[-q];
        }
        else if (q is >= 0 and <= MaxPowerOfFive)
        {
            // w·10^q = (w·5^q)·2^q, and w·5^q < 2^128 is exact.
            if (!TryRound((UInt128)w * PowersOfFive[q], q, sticky: false, out magnitude)) return false;
        }
        else if (q is < 0 and >= -MaxPowerOfFive)
        {
            // w·10^q = (w / 5^-q)·2^q. Shift w to the top of 128 bits so the quotient keeps at least 64 significant bits
            // (the divisor is below 2^64); a nonzero remainder means the true value lies strictly above the quotient.
            var shift = 64 + BitOperations.LeadingZeroCount(w);
            var (quotient, remainder) = UInt128.DivRem((UInt128)w << shift, PowersOfFive[-q]);
            if (!TryRound(quotient, q - shift, sticky: remainder != 0, out magnitude)) return false;
        }
        else
        {
            return false; // far exponents (and subnormals) are the fallback's
        }
        value = negative ? -magnitude : magnitude;
        return true;
    }

    /// <summary>
    /// (m + f)·2^binaryExponent rounded to the nearest double, ties to even, where f is in [0, 1) and nonzero exactly when
    /// <paramref name="sticky"/>. False (leave it to the fallback) if the result would not be a normal double, or if m is
    /// too short to have a rounding bit while f is nonzero.
    /// </summary>
    private static bool TryRound(UInt128 m, int binaryExponent, bool sticky, out double value)
    {
        value = 0;
        var leadingZeros = (int)UInt128.LeadingZeroCount(m);
        if (sticky && leadingZeros > 127 - 53) return false;
        var normalized = m << leadingZeros; // the leading 1 at bit 127: keep bits 127..75, round at bit 74
        var high = (ulong)(normalized >> 64);
        var mantissa = high >> 11;
        var roundBit = (high >> 10) & 1;
        var belowRoundBit = (high & 0x3FF) != 0 || (ulong)normalized != 0 || sticky;
        if (roundBit != 0 && (belowRoundBit || (mantissa & 1) != 0)) mantissa++;
        var biased = 127 - leadingZeros + binaryExponent + 1023; // biased exponent of the leading bit
        if (biased < 1 || biased > 2045) return false;
        // The leading bit (2^52) adds one to the exponent field; a mantissa rounded up to 2^53 adds two, as it should.
        value = BitConverter.Int64BitsToDouble((long)(((ulong)(biased - 1) << 52) + mantissa));
        return true;
    }

    /// <summary>
    /// Appends the decimal digits at <paramref name="i"/> to <paramref name="w"/> (w·10 + digit, wrapping around past 19
    /// digits) and moves <paramref name="i"/> past them; returns how many there were.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // keeps i and w in registers
    private static int ReadDigits(ReadOnlySpan<byte> text, ref int i, ref ulong w)
    {
        var start = i;
        // Eight digits at a time while there are eight (most of a 17- or 19-digit value), then one at a time.
        while (BitConverter.IsLittleEndian && i + 8 <= text.Length)
        {
            var chunk = BinaryPrimitives.ReadUInt64LittleEndian(text[i..]);
            if (!IsEightDigits(chunk)) break;
            w = w * 100_000_000 + EightDigitsValue(chunk);
            i += 8;
        }
        for (uint d; i < text.Length && (d = (uint)(text[i] - '0')) <= 9; i++) w = w * 10 + d;
        return i - start;
    }

    /// <summary>
    /// True when all eight bytes are '0'..'9' (0x30..0x39): every high nibble is 3, and adding 6 leaves it 3 (0x3A and up
    /// would carry into it). A byte that fails sets bits the comparison sees, whatever its carry does to the next byte.
    /// </summary>
    private static bool IsEightDigits(ulong chunk) =>
        ((chunk & 0xF0F0F0F0F0F0F0F0) | (((chunk + 0x0606060606060606) & 0xF0F0F0F0F0F0F0F0) >> 4)) == 0x3333333333333333;

    /// <summary>
    /// The number written by eight ASCII digits read little-endian (the first digit in the lowest byte). Each even byte
    /// first becomes a two-digit pair (10·d[k] + d[k+1]); two multiplications then put the pairs p0..p3 together as
    /// 10^6·p0 + 10^4·p1 + 100·p2 + p3 in the upper 32 bits.
    /// </summary>
    private static ulong EightDigitsValue(ulong chunk)
    {
        var v = chunk - 0x3030303030303030;
        v = v * 10 + (v >> 8); // bytes 0, 2, 4, 6 now hold p0, p1, p2, p3 (the odd bytes hold leftovers)
        var p0p2 = v & 0x000000FF000000FF; // p0 + p2·2^32
        var p1p3 = (v >> 16) & 0x000000FF000000FF; // p1 + p3·2^32
        return ((p0p2 * (100 + (1_000_000UL << 32))) + (p1p3 * (1 + (10_000UL << 32)))) >> 32;
    }

    private static ulong[] PowersOf(ulong b, int max)
    {
        var powers = new ulong[max + 1];
        powers[0] = 1;
        for (var k = 1; k <= max; k++) powers[k] = powers[k - 1] * b;
        return powers;
    }
}
