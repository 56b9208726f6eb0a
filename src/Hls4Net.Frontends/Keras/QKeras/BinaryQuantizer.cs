using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>
/// Binary weights ±1 held in ap_int&lt;2&gt;. QKeras binary maps 0 to +1; the Keras BinaryDense of the hls4ml examples
/// (binary_tanh = 2·round(hard_sigmoid(x))-1 with round half to even) maps 0 to -1.
/// </summary>
public sealed class BinaryQuantizer : IWeightQuantizer
{
    private readonly bool _zeroIsPositive;

    public BinaryQuantizer(bool zeroIsPositive) => _zeroIsPositive = zeroIsPositive;

    public FixedType Type { get; } = new(2, 2, true, IsInteger: true);

    public double Quantize(double x) => x > 0 || (x == 0 && _zeroIsPositive) ? 1 : -1;
}
