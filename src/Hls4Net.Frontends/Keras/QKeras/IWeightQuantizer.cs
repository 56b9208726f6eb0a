using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Keras.QKeras;

/// <summary>Quantizes weights exactly as a QKeras (or binary/ternary Keras) layer does in its forward pass.</summary>
public interface IWeightQuantizer
{
    /// <summary>A fixed-point type that holds every quantized value exactly.</summary>
    FixedType Type { get; }

    /// <summary>The quantized value of one weight.</summary>
    double Quantize(double x);
}
