using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

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
    }

    /// <summary>The accumulator's type.</summary>
    public FixedType Accum => _acc;

    /// <summary>acc + x*w stored into accum_t.</summary>
    public long Mac(long acc, long x, long w, OverflowCounter overflow)
    {
        var sum = ((Int128)acc << _accShift) + (((Int128)x * w) << _prodShift);
        var r = FixedMath.Convert(sum, _sumFrac, _acc, out bool o);
        overflow.Record(o);
        return r;
    }
}
