using System.Runtime.CompilerServices;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A store of exact values raw*2^-FromFracBits into one fixed-point type (spec section 2), with the per-type
/// constants worked out once. The common cases (a right shift of 0..62 bits with AP_TRN or AP_RND, then AP_WRAP
/// with N=0 or AP_SAT) run as a few branch-free integer operations; every other case calls
/// <see cref="FixedMath.Convert(long, int, FixedType, out bool)"/>, which stays the definition. Both give the
/// same bits and the same overflow flag.
/// </summary>
public sealed class AccumulatorStore
{
    /// <summary>Works out the constants for storing values with <paramref name="fromFracBits"/> fraction bits into <paramref name="to"/>.</summary>
    public AccumulatorStore(FixedType to, int fromFracBits)
    {
        if (!to.FitsInt64)
            throw new ArgumentException($"{to} does not fit the 64-bit fast path", nameof(to));
        To = to;
        FromFracBits = fromFracBits;
        Shift = fromFracBits - to.FracBits;
        Lo = to.MinRawInt64;
        Hi = to.MaxRawInt64;
        Mask = to.Width >= 64 ? -1L : (1L << to.Width) - 1;
        var quant = to.IsInteger ? QuantMode.TrnZero : to.Quant;
        bool shiftOk = Shift is >= 0 and <= 62;
        bool quantOk = Shift == 0 || quant is QuantMode.Trn or QuantMode.Rnd;
        bool overflowOk = (to.Overflow == OverflowMode.Wrap && to.SatBits == 0) || to.Overflow == OverflowMode.Sat;
        IsFast = shiftOk && quantOk && overflowOk;
        RoundBit = IsFast && Shift > 0 && quant == QuantMode.Rnd ? 1 : 0;
        RoundShift = Math.Max(Shift - 1, 0);
        Saturates = to.Overflow == OverflowMode.Sat;
    }

    /// <summary>Destination type.</summary>
    public FixedType To { get; }

    /// <summary>Fraction bits of the values stored.</summary>
    public int FromFracBits { get; }

    /// <summary>True when <see cref="Store(long, out bool)"/> takes the inlined path (otherwise it calls FixedMath).</summary>
    public bool IsFast { get; }

    /// <summary>Right shift from the source LSB to the destination LSB (FromFracBits - To.FracBits).</summary>
    public int Shift { get; }

    /// <summary>Position of the half-LSB bit (Shift-1, or 0 when Shift is 0).</summary>
    public int RoundShift { get; }

    /// <summary>1 when AP_RND adds the half-LSB bit, else 0.</summary>
    public long RoundBit { get; }

    /// <summary>Smallest raw code of <see cref="To"/>.</summary>
    public long Lo { get; }

    /// <summary>Largest raw code of <see cref="To"/>.</summary>
    public long Hi { get; }

    /// <summary>2^W - 1 (all ones for W = 64).</summary>
    public long Mask { get; }

    /// <summary>True for AP_SAT, false for AP_WRAP (meaningful only when <see cref="IsFast"/>).</summary>
    public bool Saturates { get; }

    /// <summary>Stores <paramref name="raw"/> (an exact value with <see cref="FromFracBits"/> fraction bits);
    /// <paramref name="overflowed"/> as in FixedMath.Convert.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Store(long raw, out bool overflowed)
    {
        if (!IsFast) return FixedMath.Convert(raw, FromFracBits, To, out overflowed);
        var q = Quantize(raw, Shift, RoundShift, RoundBit);
        var v = Saturates ? Saturate(q, Lo, Hi) : Wrap(q, Lo, Mask);
        overflowed = v != q;
        return v;
    }

    /// <summary>Stores a 128-bit exact value (not Int128.MinValue).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Store(Int128 raw, out bool overflowed) => raw == (long)raw
        ? Store((long)raw, out overflowed)
        : FixedMath.Convert(raw, FromFracBits, To, out overflowed);

    /// <summary>floor(raw / 2^shift), plus the bit below the new LSB when <paramref name="roundBit"/> is 1 (AP_RND ties up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Quantize(long raw, int shift, int roundShift, long roundBit) =>
        (raw >> shift) + ((raw >> roundShift) & roundBit);

    /// <summary>AP_WRAP, N=0: the low W bits, sign-extended when lo is negative.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Wrap(long q, long lo, long mask) => ((q - lo) & mask) + lo;

    /// <summary>AP_SAT: clamp to [lo, hi].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Saturate(long q, long lo, long hi) => Math.Min(Math.Max(q, lo), hi);
}
