using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>Ternary weights: |x| ≥ threshold ? sign(x) : 0, held in ap_int&lt;2&gt;. QKeras ternary uses threshold 0.33 by default, Keras TernaryDense 0.5.</summary>
public sealed class TernaryQuantizer : IWeightQuantizer
{
    private readonly double _threshold;

    public TernaryQuantizer(double threshold) => _threshold = threshold;

    public FixedType Type { get; } = new(2, 2, true, IsInteger: true);

    public double Quantize(double x) => Math.Abs(x) >= _threshold ? Math.Sign(x) : 0;
}
