namespace Hls4Net.Nas;

/// <summary>The activation functions a <see cref="FloatNetwork"/> supports (as an <see cref="ActivationLayer"/>).</summary>
public enum ActivationKind
{
    /// <summary>Identity.</summary>
    Linear,

    /// <summary>max(x, 0).</summary>
    Relu,

    /// <summary>Hyperbolic tangent.</summary>
    Tanh,

    /// <summary>1 / (1 + e^-x).</summary>
    Sigmoid,

    /// <summary>Softmax over the last axis; allowed only as the network's last layer.</summary>
    Softmax,
}
