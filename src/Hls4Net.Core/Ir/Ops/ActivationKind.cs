namespace Hls4Net.Core.Ir.Ops;

/// <summary>Element-wise activation functions.</summary>
public enum ActivationKind
{
    Linear,
    Relu,
    LeakyRelu,
    /// <summary>ReLU clipped to [Min, Max] (ONNX Clip, Keras ReLU(max_value)).</summary>
    BoundedRelu,
    ThresholdedRelu,
    Sigmoid,
    HardSigmoid,
    Tanh,
    Elu,
    Selu,
    Softplus,
    Softsign,

    /// <summary>The probit: the standard normal quantile Φ⁻¹(x) for x in (0, 1) (ONNX-ML's PROBIT post-transform), a table over [0, 1).</summary>
    Probit,

    /// <summary>Binary sign: x &gt; 0 ? 1 : -1 (Keras binary_tanh, QKeras binary).</summary>
    BinaryTanh,

    /// <summary>Ternary: x &gt; 0.5 ? 1 : (x &lt;= -0.5 ? -1 : 0) (Keras ternary_tanh).</summary>
    TernaryTanh,
}
