using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Random fixed-point types for the layer generators, across the whole precision space: every quantization mode
/// (AP_RND … AP_TRN_ZERO), every overflow mode (AP_SAT, AP_SAT_ZERO, AP_SAT_SYM, AP_WRAP, AP_WRAP_SM), saturation
/// bits N &gt; 0 where they are defined (AP_WRAP, AP_WRAP_SM), unsigned types, and extreme integer bits: I ≤ 0 (all
/// fraction, values below 0.5) and I ≥ W (a weight of the LSB of 1 or more).
/// </summary>
internal sealed class PrecisionSampler(Random rng)
{
    /// <summary>A type of width <paramref name="minW"/>..<paramref name="maxW"/>; one in <paramref name="unsignedOneIn"/> unsigned.</summary>
    public FixedType Any(int minW, int maxW, int unsignedOneIn = 4)
    {
        var w = rng.Next(minW, maxW + 1);
        var signed = rng.Next(unsignedOneIn) != 0;
        var i = rng.Next(8) switch
        {
            0 => rng.Next(-3, 1),
            1 => rng.Next(w, w + 4),
            _ => rng.Next(1, w),
        };
        var q = (QuantMode)rng.Next(7);
        var o = (OverflowMode)rng.Next(5);
        if (o == OverflowMode.WrapSm) signed = true;
        var n = o is OverflowMode.Wrap or OverflowMode.WrapSm && rng.Next(2) == 0 ? rng.Next(1, Math.Min(3, w - 1) + 1) : 0;
        return new FixedType(w, i, signed, q, o, n);
    }

    /// <summary>
    /// A random raw code of <paramref name="t"/>: one in eight each the minimum, the maximum and zero (the codes that
    /// saturate, wrap or round differently), otherwise uniform.
    /// </summary>
    public long Raw(FixedType t)
    {
        var lo = (long)t.MinRaw;
        var hi = (long)t.MaxRaw;
        return rng.Next(8) switch
        {
            0 => lo,
            1 => hi,
            2 => 0,
            _ => rng.NextInt64(lo, hi + 1),
        };
    }
}
