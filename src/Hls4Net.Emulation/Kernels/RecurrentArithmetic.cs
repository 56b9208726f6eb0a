using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The exact-then-store arithmetic of nnet_recurrent.h: every sum and product is exact (ap_fixed's full-precision
/// result) and then stored into a named type, one quantization/overflow step per store, counted here.
/// </summary>
internal sealed class RecurrentArithmetic
{
    public long Stores;
    public long Overflows;

    /// <summary>(to)(a + b) with a of <paramref name="fa"/> and b of <paramref name="fb"/> fractional bits.</summary>
    public long Add(long a, int fa, long b, int fb, FixedType to)
    {
        var f = Math.Max(fa, fb);
        var sum = ((Int128)a << (f - fa)) + ((Int128)b << (f - fb));
        return Store(sum, f, to);
    }

    /// <summary>(to)(a * b).</summary>
    public long Mul(long a, int fa, long b, int fb, FixedType to) => Store((Int128)a * b, fa + fb, to);

    /// <summary>(to)(a + x * w): an accumulation step.</summary>
    public long Mac(long a, int fa, long x, int fx, long w, int fw, FixedType to)
    {
        int fp = fx + fw, f = Math.Max(fa, fp);
        var sum = ((Int128)a << (f - fa)) + (((Int128)x * w) << (f - fp));
        return Store(sum, f, to);
    }

    /// <summary>(to)raw.</summary>
    public long Store(Int128 raw, int frac, FixedType to)
    {
        var v = FixedMath.Convert(raw, frac, to, out var o);
        Stores++;
        if (o) Overflows++;
        return v;
    }

    /// <summary>Counts one store done elsewhere.</summary>
    public void Count(bool overflowed)
    {
        Stores++;
        if (overflowed) Overflows++;
    }
}
