using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The multiply-accumulate step of weighted kernels, as in C++ <c>acc += x * w;</c>: the product is exact, the sum
/// is exact, and the sum is stored back into accum_t (one quantization/overflow step per addition).
/// </summary>
public sealed class MacUnit
{
    private readonly FixedType _acc;
    private readonly int _accShift;
    private readonly int _prodShift;
    private readonly int _sumFrac;
    private readonly bool _fits64;
    private readonly AccumulatorStore _store;

    public MacUnit(Node node, FixedType data, FixedType weight, FixedType accum)
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
    }

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
}
