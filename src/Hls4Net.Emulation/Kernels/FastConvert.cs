using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The conversion of exact values of at most <c>fromWidth</c> bits with <c>fromFracBits</c> fraction bits into one
/// type through <see cref="AccumulatorStore"/>'s branch-free path: a value with fewer fraction bits than the
/// destination is first shifted left (exactly, within 62 bits), then stored with a right shift of 0..62, AP_TRN or
/// AP_RND, AP_WRAP (N=0) or AP_SAT. <see cref="TryCreate"/> refuses every other case; the caller then keeps
/// <see cref="FixedMath.Convert(long, int, FixedType, out bool)"/>, which stays the definition (same bits, same flag).
/// </summary>
internal sealed class FastConvert
{
    private readonly int _shift, _roundShift, _preShift;
    private readonly long _roundBit, _lo, _hi, _mask;
    private readonly bool _saturates;

    private FastConvert(AccumulatorStore store, int preShift)
    {
        _shift = store.Shift;
        _roundShift = store.RoundShift;
        _roundBit = store.RoundBit;
        _lo = store.Lo;
        _hi = store.Hi;
        _mask = store.Mask;
        _saturates = store.Saturates;
        _preShift = preShift;
    }

    /// <summary>The fast conversion into <paramref name="to"/>, or null when the case needs FixedMath.</summary>
    public static FastConvert? TryCreate(int fromWidth, int fromFracBits, FixedType to)
    {
        if (!to.FitsInt64 || fromWidth > 62) return null;
        int pre = Math.Max(0, to.FracBits - fromFracBits);
        if (fromWidth + pre > 62) return null;
        var store = new AccumulatorStore(to, fromFracBits + pre);
        return store.IsFast ? new FastConvert(store, pre) : null;
    }

    /// <summary>True when 512-bit vectors are hardware-accelerated (the vector <see cref="Apply(Vector512{long}, ref Vector512{long})"/> pays off).</summary>
    public static bool Vectorized => Vector512.IsHardwareAccelerated;

    /// <summary>Converts <paramref name="raw"/>; counts an overflow in <paramref name="overflows"/> as FixedMath flags it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Apply(long raw, ref long overflows)
    {
        var q = AccumulatorStore.Quantize(raw << _preShift, _shift, _roundShift, _roundBit);
        var v = _saturates ? AccumulatorStore.Saturate(q, _lo, _hi) : AccumulatorStore.Wrap(q, _lo, _mask);
        overflows += v != q ? 1 : 0;
        return v;
    }

    /// <summary>
    /// <see cref="Apply(long, ref long)"/> on 8 values at once (the same integer operations lane by lane); each lane that
    /// overflowed adds -1 to <paramref name="overflowedNegated"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<long> Apply(Vector512<long> raw, ref Vector512<long> overflowedNegated)
    {
        var shifted = raw << _preShift;
        var q = Vector512.ShiftRightArithmetic(shifted, _shift) + (Vector512.ShiftRightArithmetic(shifted, _roundShift) & Vector512.Create(_roundBit));
        var v = _saturates
            ? Vector512.Min(Vector512.Max(q, Vector512.Create(_lo)), Vector512.Create(_hi))
            : ((q - Vector512.Create(_lo)) & Vector512.Create(_mask)) + Vector512.Create(_lo);
        overflowedNegated += ~Vector512.Equals(v, q);
        return v;
    }
}

