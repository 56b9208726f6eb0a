namespace Hls4Net.Nas;

/// <summary>How <see cref="SeededInitializer"/> draws a layer's weights and biases (fan_in = inputs × kernel size,
/// fan_out = outputs × kernel size).</summary>
public enum InitScheme
{
    /// <summary>PyTorch's default for <c>nn.Linear</c>/<c>nn.Conv*d</c>: Kaiming-uniform with a = √5, i.e. weights
    /// U(−1/√fan_in, 1/√fan_in), and biases U(−1/√fan_in, 1/√fan_in).</summary>
    TorchDefault,

    /// <summary>Keras' default for <c>Dense</c>/<c>Conv*D</c>: Glorot-uniform weights U(−l, l) with
    /// l = √(6 / (fan_in + fan_out)), and zero biases.</summary>
    GlorotUniform,
}
