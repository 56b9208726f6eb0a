using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>
/// QKeras quantized_bits(bits, integer, symmetric, keep_negative, alpha=None|1): with m = 2^(bits-keep_negative)
/// and mi = 2^integer, q = mi · clip(round_half_even(x·m/mi), keep_negative·(symmetric-m), m-1) / m.
/// A 1-bit signed quantizer is a sign (0 maps to +1).
/// </summary>
public sealed class QuantizedBitsQuantizer : IWeightQuantizer
{
    private readonly double _m;
    private readonly double _mi;
    private readonly double _lo;

    public QuantizedBitsQuantizer(int bits, int integer, bool symmetric, bool keepNegative)
    {
        if (bits < 1) throw new ModelLoadException($"quantized_bits: bits must be at least 1, got {bits}");
        Bits = bits;
        KeepNegative = keepNegative;
        var unsigned = bits - (keepNegative ? 1 : 0);
        _m = Math.Pow(2, unsigned);
        _mi = Math.Pow(2, integer);
        _lo = keepNegative ? (symmetric ? 1 : 0) - _m : 0;
        Type = unsigned == 0
            ? new FixedType(2, 2, true, IsInteger: true)
            : keepNegative ? new FixedType(bits, integer + 1, true) : new FixedType(bits, integer, false);
    }

    public int Bits { get; }

    public bool KeepNegative { get; }

    public FixedType Type { get; }

    public double Quantize(double x)
    {
        if (_m == 1) return x >= 0 ? 1 : -1; // 1-bit signed: sign with 0 -> +1
        var p = Math.Round(x * _m / _mi, MidpointRounding.ToEven);
        return _mi * Math.Clamp(p, _lo, _m - 1) / _m;
    }
}
