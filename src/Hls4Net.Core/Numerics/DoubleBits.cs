using System.Numerics;

namespace Hls4Net.Core.Numerics;

/// <summary>Exact decoding of doubles and correctly rounded encoding of exact binary values.</summary>
internal static class DoubleBits
{
    /// <summary>Returns m with x == m * 2^e exactly; ±Inf decode as ±2^1024 and NaN as the infinity of its sign.</summary>
    public static long Decode(double x, out int e)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long frac = bits & ((1L << 52) - 1);
        long m;
        if (exp == 0x7FF)
        {
            m = 1;
            e = 1024;
        }
        else if (exp == 0)
        {
            m = frac; // subnormal (decoded correctly; the header's defect for F > 1022 is not reproduced)
            e = -1074;
        }
        else
        {
            m = frac | (1L << 52);
            e = exp - 1075;
        }
        return neg ? -m : m;
    }

    /// <summary>raw * 2^-fracBits rounded to nearest-even at <paramref name="bits"/> significant bits.</summary>
    public static double Round(BigInteger raw, int fracBits, int bits)
    {
        if (raw.IsZero)
            return 0.0;
        bool neg = raw.Sign < 0;
        var mag = BigInteger.Abs(raw);
        long len = (long)mag.GetBitLength();
        int shift = 0;
        if (len > bits)
        {
            shift = (int)(len - bits);
            var top = mag >> shift;
            var rem = mag - (top << shift);
            int cmp = rem.CompareTo(BigInteger.One << (shift - 1));
            if (cmp > 0 || (cmp == 0 && !top.IsEven))
                top += 1;
            mag = top;
        }
        double d = Math.ScaleB((double)(long)mag, shift - fracBits);
        return neg ? -d : d;
    }
}
