using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Bit-accurate pooling arithmetic (nnet_pooling.h). Max: <c>m = first tap; if (x &gt; m) m = x;</c> then <c>res = m</c>.
/// Average: <c>acc = 0</c> (accum_t); <c>acc += x</c> per tap, stored into accum_t; <c>res = acc * inv_t(1.0/n)</c>
/// (see <see cref="PoolTypes"/>). Every store and overflow is recorded.
/// </summary>
internal struct FixedPoolArithmetic : IPoolArithmetic
{
    private readonly long[] _x;
    private readonly long[] _res;
    private readonly int _channels;
    private readonly FixedType _input;
    private readonly FixedType _accum;
    private readonly FixedType _result;
    private readonly OverflowCounter _overflow;

    public FixedPoolArithmetic(long[] x, long[] res, int channels, FixedType input, FixedType accum, FixedType result, OverflowCounter overflow)
    {
        _x = x;
        _res = res;
        _channels = channels;
        _input = input;
        _accum = accum;
        _result = result;
        _overflow = overflow;
    }

    /// <summary>Offset of the current sample in the input.</summary>
    public int InputOffset { get; set; }

    /// <summary>Offset of the current sample in the result.</summary>
    public int OutputOffset { get; set; }

    public readonly void Max(int output, List<int> taps, int channel)
    {
        var m = _x[InputOffset + taps[0] * _channels + channel];
        for (var t = 1; t < taps.Count; t++)
        {
            var v = _x[InputOffset + taps[t] * _channels + channel];
            if (v > m) m = v;
        }
        _res[OutputOffset + output] = FixedMath.Convert(m, _input, _result, out bool o);
        _overflow.Record(o);
    }

    public readonly void Average(int output, List<int> taps, int channel, int count)
    {
        long acc = 0;
        bool o;
        foreach (var t in taps)
        {
            acc = FixedMath.Convert(FixedArith.Add(acc, _accum, _x[InputOffset + t * _channels + channel], _input), Math.Max(_accum.FracBits, _input.FracBits), _accum, out o);
            _overflow.Record(o);
        }
        _res[OutputOffset + output] = FixedMath.Convert(FixedArith.Mul(acc, PoolTypes.InverseRaw(count)), _accum.FracBits + PoolTypes.InverseType.FracBits, _result, out o);
        _overflow.Record(o);
    }
}
