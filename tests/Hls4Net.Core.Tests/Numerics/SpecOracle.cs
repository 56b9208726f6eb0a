using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>
/// A deliberately naive transcription of spec section 2 (exact BigInteger arithmetic, bits as a bool array,
/// no shortcuts) used as an independent reference for <see cref="FixedMath"/>.
/// </summary>
internal static class SpecOracle
{
    /// <summary>Converts m*2^e into t; returns the raw code.</summary>
    public static BigInteger Convert(BigInteger m, int e, FixedType t)
    {
        // x * 2^F = m * 2^(e+F) = num / den exactly.
        int sh = e + t.FracBits;
        BigInteger num = sh >= 0 ? m << sh : m;
        BigInteger den = sh >= 0 ? BigInteger.One : BigInteger.One << -sh;
        BigInteger k = FloorDiv(num, den);
        BigInteger twiceRem = 2 * (num - k * den); // compare r with 1/2 as 2*rem vs den
        bool neg = m.Sign < 0;
        bool tie = twiceRem == den, above = twiceRem > den, zero = twiceRem.IsZero;
        var quant = t.IsInteger ? QuantMode.TrnZero : t.Quant;
        bool inc = !zero && quant switch
        {
            QuantMode.Trn => false,
            QuantMode.TrnZero => neg,
            QuantMode.Rnd => above || tie,
            QuantMode.RndZero => above || (tie && neg),
            QuantMode.RndMinInf => above,
            QuantMode.RndInf => above || (tie && !neg),
            _ => above || (tie && !k.IsEven),
        };
        BigInteger q = inc ? k + 1 : k;

        int w = t.Width;
        BigInteger lo = t.Signed ? -(BigInteger.One << (w - 1)) : 0;
        BigInteger hi = t.Signed ? (BigInteger.One << (w - 1)) - 1 : (BigInteger.One << w) - 1;
        bool over = q > hi;
        bool under = q < lo || (t.Signed && t.Overflow == OverflowMode.SatSym && q == lo);
        if (!over && !under)
            return q;
        bool qneg = q.Sign < 0;
        var bits = new bool[w];
        BigInteger wv = ((q % (BigInteger.One << w)) + (BigInteger.One << w)) % (BigInteger.One << w);
        for (int i = 0; i < w; i++)
            bits[i] = !((wv >> i) & 1).IsZero;
        int n = t.SatBits;
        switch (t.Overflow)
        {
            case OverflowMode.Sat: return over ? hi : lo;
            case OverflowMode.SatZero: return 0;
            case OverflowMode.SatSym: return over ? hi : t.Signed ? -hi : 0;
            case OverflowMode.Wrap when n >= 1 && t.Signed:
                bits[w - 1] = qneg;
                for (int i = w - n; i <= w - 2; i++)
                    bits[i] = !qneg;
                break;
            case OverflowMode.Wrap when n >= 1:
                for (int i = w - n; i <= w - 1; i++)
                    bits[i] = true;
                break;
            case OverflowMode.WrapSm when n == 0:
                bool d = !((k >> w) & 1).IsZero;
                if (d != bits[w - 1])
                {
                    Invert(bits);
                    bits[w - 1] = d;
                }
                break;
            case OverflowMode.WrapSm when n == 1:
                if (bits[w - 1] != qneg)
                    Invert(bits);
                bits[w - 1] = qneg;
                break;
            case OverflowMode.WrapSm:
                if (bits[w - n] == qneg)
                    Invert(bits);
                for (int i = w - n; i <= w - 2; i++)
                    bits[i] = !qneg;
                bits[w - 1] = qneg;
                break;
        }
        BigInteger r = 0;
        for (int i = w - 1; i >= 0; i--)
            r = r * 2 + (bits[i] ? 1 : 0);
        return t.Signed && bits[w - 1] ? r - (BigInteger.One << w) : r;
    }

    private static void Invert(bool[] bits)
    {
        for (int i = 0; i < bits.Length; i++)
            bits[i] = !bits[i];
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        return r.Sign < 0 ? q - 1 : q;
    }
}
