using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>
/// QKeras quantized_po2(bits, max_value): sign(x)·2^e (0 counts as positive), e = clip(round_half_even(log2(min(|x|, max_value))),
/// min_exp, max_exp), |x| below 1e-7 giving min_exp. Exponent range: with s = 1 when max_value is None or &gt; 1
/// (exponent needs a sign), effective bits b = bits-1-s, min_exp = -2^b, max_exp = 2^b - 1.
/// </summary>
public sealed class PowerOfTwoQuantizer : IWeightQuantizer
{
    private const double Epsilon = 1e-7;
    private readonly double? _maxValue;

    public PowerOfTwoQuantizer(int bits, double? maxValue)
    {
        var exponentSign = maxValue is null || maxValue > 1 ? 1 : 0;
        var effective = bits - 1 - exponentSign;
        if (effective < 0) throw new ModelLoadException($"quantized_po2: {bits} bits is too few");
        MinExp = -(1 << effective);
        MaxExp = (1 << effective) - 1;
        _maxValue = maxValue;
        var top = maxValue is null ? MaxExp : Math.Min(MaxExp, (int)Math.Round(Math.Log2(maxValue.Value), MidpointRounding.ToEven));
        var intBits = Math.Max(top, MinExp) + 2;
        var fracBits = Math.Max(-MinExp, 0);
        Type = new FixedType(intBits + fracBits, intBits, true);
    }

    public int MinExp { get; }

    public int MaxExp { get; }

    public FixedType Type { get; }

    public double Quantize(double x)
    {
        var sign = x < 0 ? -1.0 : 1.0;
        var a = Math.Abs(x);
        int e;
        if (a < Epsilon) e = MinExp;
        else
        {
            if (_maxValue is { } max && a >= max) a = max;
            e = (int)Math.Clamp(Math.Round(Math.Log2(a), MidpointRounding.ToEven), MinExp, MaxExp);
        }
        return sign * Math.Pow(2, e);
    }
}
