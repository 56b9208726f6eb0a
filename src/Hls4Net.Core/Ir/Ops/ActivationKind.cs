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
}
