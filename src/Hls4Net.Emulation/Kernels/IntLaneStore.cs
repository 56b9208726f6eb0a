using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// An <see cref="AccumulatorStore"/> on 16 int lanes: AP_TRN/AP_RND with a right shift of 0..30, then AP_WRAP (N=0)
/// or AP_SAT, into a type of at most 30 bits, for values that fit an int (the caller proves it). The same integer
/// steps as <see cref="AccumulatorStore.Store(long, out bool)"/>, lane by lane.
/// </summary>
internal sealed class IntLaneStore
{
    private readonly int _shift, _roundShift, _wrapShift;
    private readonly bool _round, _saturates, _signed;
    private readonly Vector512<int> _lo, _hi, _mask;

    private IntLaneStore(AccumulatorStore store)
    {
        _shift = store.Shift;
        _roundShift = store.RoundShift;
        _round = store.RoundBit != 0;
        _saturates = store.Saturates;
        _signed = store.Lo < 0;
        _lo = Vector512.Create((int)store.Lo);
        _hi = Vector512.Create((int)store.Hi);
        _mask = Vector512.Create((int)store.Mask);
        _wrapShift = 32 - store.To.Width;
    }

    /// <summary>The lane form of <paramref name="store"/>, or null when it is not fast or its type or shift is too wide.</summary>
    public static IntLaneStore? TryCreate(AccumulatorStore store) =>
        store.IsFast && store.To.Width <= 30 && store.Shift <= 30 ? new IntLaneStore(store) : null;

    /// <summary>Stores each lane of <paramref name="raw"/>; <paramref name="overflowed"/> is -1 in each lane that overflowed, else 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Vector512<int> Store(Vector512<int> raw, out Vector512<int> overflowed)
    {
        var q = Vector512.ShiftRightArithmetic(raw, _shift);
        if (_round) q += Vector512.ShiftRightArithmetic(raw, _roundShift) & Vector512<int>.One;
        Vector512<int> v;
        if (_saturates) v = Vector512.Min(Vector512.Max(q, _lo), _hi);
        else v = _signed ? Vector512.ShiftRightArithmetic(q << _wrapShift, _wrapShift) : q & _mask;
        overflowed = ~Vector512.Equals(v, q);
        return v;
    }
}
