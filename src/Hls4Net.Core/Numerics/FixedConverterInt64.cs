namespace Hls4Net.Core.Numerics;

/// <summary>Allocation-free long arithmetic for the common case of <see cref="FixedConverter"/>: the value and
/// the quantized result fit in a long and the result is in range. Everything else defers to the Int128 core,
/// which stays the single definition of the overflow modes.</summary>
internal static class FixedConverterInt64
{
    /// <summary>Long-only fast path for the common in-range case; falls back to the Int128 core otherwise.
    /// Requires <c>to.FitsInt64</c>.</summary>
    public static long ConvertInt64(long m, int t, FixedType to, out bool overflowed)
    {
        long q;
        if (t >= 0)
        {
            if (t >= 63 || ((m << t) >> t) != m)
                return (long)FixedConverter.Convert((Int128)m, t, to, out overflowed);
            q = m << t;
        }
        else
        {
            int s = -t;
            if (s >= 63)
                return (long)FixedConverter.Convert((Int128)m, t, to, out overflowed);
            long k = m >> s;
            long rem = m & ((1L << s) - 1);
            q = k;
            if (rem != 0)
            {
                var quant = to.IsInteger ? QuantMode.TrnZero : to.Quant;
                if (FixedConverter.RoundsUp(quant, rem.CompareTo(1L << (s - 1)), m < 0, (k & 1) != 0))
                    q++;
            }
        }
        int w = to.Width;
        long hi = to.Signed ? (long)((1UL << (w - 1)) - 1) : (long)((1UL << w) - 1);
        long lo = to.Signed ? -hi - 1 : 0;
        if (q <= hi && (q > lo || (q == lo && (to.Overflow != OverflowMode.SatSym || !to.Signed))))
        {
            overflowed = false;
            return q;
        }
        return (long)FixedConverter.Convert((Int128)m, t, to, out overflowed);
    }
}
