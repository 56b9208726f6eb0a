using System.Numerics;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>Pooling arithmetic of the wide path: the stores of the fast path (see <c>FixedPoolArithmetic</c>) on BigInteger codes.</summary>
internal struct WidePoolArithmetic : IPoolArithmetic
{
    private readonly FixedTensor _input;
    private readonly BigInteger[] _res;
    private readonly int _channels;
    private readonly FixedType _accum;
    private readonly FixedType _result;
    private readonly OverflowCounter _overflow;

    public WidePoolArithmetic(FixedTensor input, BigInteger[] res, int channels, FixedType accum, FixedType result, OverflowCounter overflow)
    {
        _input = input;
        _res = res;
        _channels = channels;
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
        var m = _input.At(InputOffset + taps[0] * _channels + channel);
        for (var t = 1; t < taps.Count; t++)
        {
            var v = _input.At(InputOffset + taps[t] * _channels + channel);
            if (v > m) m = v;
        }
        _res[OutputOffset + output] = FixedMath.Convert(m, _input.Type.FracBits, _result, out bool o);
        _overflow.Record(o);
    }

    public readonly void Average(int output, List<int> taps, int channel, int count)
    {
        var xt = _input.Type;
        int sumFrac = Math.Max(_accum.FracBits, xt.FracBits);
        BigInteger acc = 0;
        bool o;
        foreach (var t in taps)
        {
            acc = FixedMath.Convert(FixedArith.Add(acc, _accum, _input.At(InputOffset + t * _channels + channel), xt), sumFrac, _accum, out o);
            _overflow.Record(o);
        }
        _res[OutputOffset + output] = FixedMath.Convert(acc * PoolTypes.InverseRaw(count), _accum.FracBits + PoolTypes.InverseType.FracBits, _result, out o);
        _overflow.Record(o);
    }
}
