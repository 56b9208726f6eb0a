using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The multiply-accumulate step of weighted kernels, as in C++ <c>acc += x * w;</c>: the product is exact, the sum
/// is exact, and the sum is stored back into accum_t (one quantization/overflow step per addition). Under hls4ml semantics
/// (<see cref="StoresProducts"/>, <see cref="MacStored"/>) the product is first stored into accum_t, as in C++
/// <c>acc += (accum_t)(x * w);</c>, then the sum (two stores).
/// </summary>
public sealed class MacUnit
{
    private readonly FixedType _acc;
    private readonly int _accShift;
    private readonly int _prodShift;
    private readonly int _sumFrac;
    private readonly bool _fits64;
    private readonly AccumulatorStore _store;
    private readonly AccumulatorStore? _sumStore;

    /// <summary>A MAC of <paramref name="data"/> times <paramref name="weight"/> into <paramref name="accum"/>; with
    /// <paramref name="storeProducts"/>, products are stored into accum_t before they are added.</summary>
    public MacUnit(Node node, FixedType data, FixedType weight, FixedType accum, bool storeProducts = false)
    {
        _acc = accum;
        int prodFrac = data.FracBits + weight.FracBits;
        _sumFrac = Math.Max(accum.FracBits, prodFrac);
        _accShift = _sumFrac - accum.FracBits;
        _prodShift = _sumFrac - prodFrac;
        int bits = Math.Max(accum.IntBits, data.IntBits + weight.IntBits) + _sumFrac + 2;
        if (bits > LayerTypes.MaxExactWidth)
        {
            throw new UnsupportedPrecisionException(
                $"node '{node.Name}' ({node.Op.Kind}): exact sum of accumulator {accum} and product of {data} and {weight} needs {bits} bits; the emulator supports up to {LayerTypes.MaxExactWidth}");
        }
        _fits64 = bits <= 63;
        _store = new AccumulatorStore(accum, _sumFrac);
        _sumStore = storeProducts ? new AccumulatorStore(accum, accum.FracBits) : null;
    }

    /// <summary>True when products are stored into accum_t before they are added (use <see cref="MacStored"/>).</summary>
    public bool StoresProducts => _sumStore is not null;

    /// <summary>The accumulator's type.</summary>
    public FixedType Accum => _acc;

    /// <summary>acc + x*w stored into accum_t.</summary>
    public long Mac(long acc, long x, long w, OverflowCounter overflow)
    {
        var r = Mac(acc, x, w, out bool o);
        overflow.Record(o);
        return r;
    }

    /// <summary>acc + x*w stored into accum_t; <paramref name="overflowed"/> tells whether the sum was out of range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long Mac(long acc, long x, long w, out bool overflowed) => _fits64
        ? _store.Store((acc << _accShift) + ((x * w) << _prodShift), out overflowed)
        : _store.Store(((Int128)acc << _accShift) + (((Int128)x * w) << _prodShift), out overflowed);

    /// <summary>
    /// <c>acc + (accum_t)(x*w)</c> stored into accum_t (only when <see cref="StoresProducts"/>): the product's store and the
    /// sum's store each report whether they overflowed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public long MacStored(long acc, long x, long w, out bool productOverflowed, out bool sumOverflowed)
    {
        var sum = _sumStore ?? throw new InvalidOperationException("this MAC adds exact products");
        if (_fits64)
        {
            var p = _store.Store((x * w) << _prodShift, out productOverflowed);
            return sum.Store(acc + p, out sumOverflowed);
        }
        var wide = _store.Store(((Int128)x * w) << _prodShift, out productOverflowed);
        return sum.Store((Int128)acc + wide, out sumOverflowed);
    }
}
