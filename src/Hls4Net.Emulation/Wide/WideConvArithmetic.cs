using System.Numerics;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Loops;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// Convolution arithmetic of the wide path: the bias stored into accum_t, each <c>acc += x*w</c> with an exact
/// BigInteger product and sum and one store into accum_t, the result stored into res_t; every store and overflow counted.
/// With stored products (hls4ml semantics) the product is stored into accum_t before it is added (two stores per tap).
/// </summary>
internal struct WideConvArithmetic : IConvArithmetic<BigInteger>
{
    private readonly FixedTensor _input;
    private readonly BigInteger[] _weights;
    private readonly BigInteger[] _bias;
    private readonly FixedType _biasType;
    private readonly FixedType _accum;
    private readonly FixedType _result;
    private readonly int _sumFrac;
    private readonly int _accShift;
    private readonly int _productShift;
    private readonly BigInteger[] _res;
    private readonly bool _storeProducts;

    public WideConvArithmetic(FixedTensor input, BigInteger[] weights, BigInteger[] bias, FixedType weightType, FixedType biasType,
        FixedType accum, FixedType result, BigInteger[] res, bool storeProducts)
    {
        _storeProducts = storeProducts;
        _input = input;
        _weights = weights;
        _bias = bias;
        _biasType = biasType;
        _accum = accum;
        _result = result;
        _sumFrac = Math.Max(accum.FracBits, input.Type.FracBits + weightType.FracBits);
        _accShift = _sumFrac - accum.FracBits;
        _productShift = _sumFrac - input.Type.FracBits - weightType.FracBits;
        _res = res;
    }

    /// <summary>Stores made so far.</summary>
    public long Stores { get; private set; }

    /// <summary>Stores that overflowed so far.</summary>
    public long Overflows { get; private set; }

    public BigInteger Begin(int outChannel)
    {
        var acc = FixedMath.Convert(_bias[outChannel], _biasType.FracBits, _accum, out bool o);
        Count(o);
        return acc;
    }

    public BigInteger Accumulate(BigInteger acc, int input, int weight)
    {
        var x = _input.At(input);
        if (_storeProducts)
        {
            var p = FixedMath.Convert((x * _weights[weight]) << _productShift, _sumFrac, _accum, out bool po);
            Count(po);
            acc = FixedMath.Convert(acc + p, _accum.FracBits, _accum, out bool so);
            Count(so);
            return acc;
        }
        acc = FixedMath.Convert((acc << _accShift) + ((x * _weights[weight]) << _productShift), _sumFrac, _accum, out bool o);
        Count(o);
        return acc;
    }

    public void End(int output, BigInteger acc)
    {
        _res[output] = FixedMath.Convert(acc, _accum.FracBits, _result, out bool o);
        Count(o);
    }

    private void Count(bool overflowed)
    {
        Stores++;
        if (overflowed) Overflows++;
    }
}
