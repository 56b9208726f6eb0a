using System.Numerics;

namespace Hls4Net.Core.Numerics;

/// <summary>
/// The conversion rule of spec section 2 (quantize, then overflow) applied to an exact value m*2^t expressed
/// in destination LSBs. Generic so that the Int128 fast path and the BigInteger slow path share one
/// implementation; with T = Int128 the destination width must be at most 64 and nothing is allocated.
/// </summary>
internal static class FixedConverter
{
    /// <summary>Converts the exact value m * 2^t * 2^-F(to) into a raw code of <paramref name="to"/>.</summary>
    public static T Convert<T>(T m, int t, FixedType to, out bool overflowed)
        where T : IBinaryInteger<T>, ISignedNumber<T>
    {
        overflowed = false;
        if (T.IsZero(m))
            return T.Zero;
        int w = to.Width;
        bool neg = T.IsNegative(m);
        int mb = int.CreateTruncating(T.Log2(T.Abs(m))) + 1;
        bool big = false;
        T k, q;
        if (t >= 0)
        {
            // Exact: no quantization. 'big' means |q| >= 2^(W+1), certainly out of range; the low W+1
            // bits of k stay correct even when the shift wraps a fixed-size T.
            big = (long)mb + t >= w + 2;
            k = t >= w + 1 ? T.Zero : m << t;
            q = k;
        }
        else
        {
            int s = -t;
            int cmp; // remainder compared with one half LSB
            bool exact = false;
            if (s > mb)
            {
                k = neg ? T.NegativeOne : T.Zero;
                cmp = neg ? 1 : -1;
            }
            else
            {
                k = m >> s;
                T rem = m - (k << s);
                exact = T.IsZero(rem);
                cmp = exact ? 0 : rem.CompareTo(T.One << (s - 1));
            }
            var quant = to.IsInteger ? QuantMode.TrnZero : to.Quant;
            q = exact || !RoundsUp(quant, cmp, neg, T.IsOddInteger(k)) ? k : k + T.One;
        }
        return Overflow(q, k, big, neg, to, ref overflowed);
    }

    internal static bool RoundsUp(QuantMode quant, int cmp, bool neg, bool kOdd) => quant switch
    {
        QuantMode.Trn => false,
        QuantMode.TrnZero => neg,
        QuantMode.Rnd => cmp >= 0,
        QuantMode.RndZero => cmp > 0 || (cmp == 0 && neg),
        QuantMode.RndMinInf => cmp > 0,
        QuantMode.RndInf => cmp > 0 || (cmp == 0 && !neg),
        QuantMode.RndConv => cmp > 0 || (cmp == 0 && kOdd),
        _ => throw new ArgumentOutOfRangeException(nameof(quant)),
    };

    private static T Overflow<T>(T q, T k, bool big, bool neg, FixedType to, ref bool overflowed)
        where T : IBinaryInteger<T>, ISignedNumber<T>
    {
        int w = to.Width;
        T hi = to.Signed ? (T.One << (w - 1)) - T.One : (T.One << w) - T.One;
        T lo = to.Signed ? -(T.One << (w - 1)) : T.Zero;
        bool over, under;
        if (big)
        {
            over = !neg;
            under = neg;
        }
        else
        {
            over = q > hi;
            under = q < lo || (q == lo && to.Signed && to.Overflow == OverflowMode.SatSym);
        }
        if (!over && !under)
            return q;
        overflowed = true;
        bool qneg = big ? neg : T.IsNegative(q);
        T mask = (T.One << w) - T.One;
        T msb = T.One << (w - 1);
        int n = to.SatBits;
        // Bits W-N .. W-2 (N-1 bits just below the MSB).
        T below = n >= 2 ? ((T.One << (n - 1)) - T.One) << (w - n) : T.Zero;
        T u = q & mask;
        switch (to.Overflow)
        {
            case OverflowMode.Sat:
                return over ? hi : lo;
            case OverflowMode.SatZero:
                return T.Zero;
            case OverflowMode.SatSym:
                return over ? hi : to.Signed ? -hi : T.Zero;
            case OverflowMode.Wrap:
                if (n > 0 && to.Signed)
                    u = Set(Set(u, msb, qneg), below, !qneg);
                else if (n > 0)
                    u |= ((T.One << n) - T.One) << (w - n);
                break;
            case OverflowMode.WrapSm:
                bool s = !T.IsZero(u & msb);
                if (n == 0)
                {
                    bool d = !T.IsZero(k & (T.One << w));
                    if (d != s)
                        u = Set(~u & mask, msb, d);
                }
                else if (n == 1)
                {
                    if (s != qneg)
                        u = ~u & mask;
                    u = Set(u, msb, qneg);
                }
                else
                {
                    bool b = !T.IsZero(u & (T.One << (w - n)));
                    if (b == qneg)
                        u = ~u & mask;
                    u = Set(Set(u, below, !qneg), msb, qneg);
                }
                break;
        }
        return to.Signed && !T.IsZero(u & msb) ? u - (T.One << w) : u;
    }

    private static T Set<T>(T u, T bits, bool value) where T : IBinaryInteger<T> =>
        value ? u | bits : u & ~bits;
}
