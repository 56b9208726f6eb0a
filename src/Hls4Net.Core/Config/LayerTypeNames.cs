using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Config;

/// <summary>
/// The one place that maps <c>HLSConfig.LayerType</c> keys to ops: our <see cref="Op.Kind"/> names plus the
/// hls4ml/Keras class names users already have in their configs (e.g. <c>ReLU</c>, <c>LeakyReLU</c>, <c>QDense</c>).
/// Keys match case-insensitively.
/// </summary>
public static class LayerTypeNames
{
    /// <summary>Keys for graph inputs (hls4ml's <c>InputLayer</c>).</summary>
    public static IReadOnlyList<string> InputKeys { get; } = ["Input", "InputLayer"];

    /// <summary>
    /// The LayerType keys that apply to <paramref name="op"/>, most specific first: for an activation the
    /// function's class name (e.g. <c>Sigmoid</c>) comes before the generic <c>Activation</c>.
    /// </summary>
    public static IReadOnlyList<string> KeysFor(Op op) => op switch
    {
        DenseOp => ["Dense", "QDense"],
        ActivationOp a => [.. FunctionKeys(a.Function), "Activation", "QActivation"],
        SoftmaxOp => ["Softmax"],
        BatchNormOp => ["BatchNormalization", "QBatchNormalization"],
        PReluOp => ["PReLU"],
        FlattenOp => ["Flatten"],
        ReshapeOp => ["Reshape"],
        IdentityOp => ["Identity", "Dropout"],
        _ => [op.Kind],
    };

    /// <summary>Every key this map knows (for "did you mean" suggestions).</summary>
    public static IReadOnlyList<string> Known { get; } = BuildKnown();

    private static IReadOnlyList<string> FunctionKeys(ActivationKind function) => function switch
    {
        ActivationKind.Linear => ["Linear"],
        ActivationKind.Relu => ["ReLU"],
        ActivationKind.BoundedRelu => ["ReLU", "Clip"],
        ActivationKind.LeakyRelu => ["LeakyReLU", "ParametrizedActivation"],
        ActivationKind.ThresholdedRelu => ["ThresholdedReLU", "ParametrizedActivation"],
        ActivationKind.Elu => ["ELU", "ParametrizedActivation"],
        ActivationKind.Sigmoid => ["Sigmoid"],
        ActivationKind.HardSigmoid => ["HardSigmoid", "HardActivation"],
        ActivationKind.Tanh => ["Tanh"],
        ActivationKind.Selu => ["SELU"],
        ActivationKind.Softplus => ["Softplus"],
        ActivationKind.Softsign => ["Softsign"],
        ActivationKind.BinaryTanh => ["BinaryTanh"],
        ActivationKind.TernaryTanh => ["TernaryTanh"],
        _ => [],
    };

    private static IReadOnlyList<string> BuildKnown()
    {
        var names = new List<string>(InputKeys)
        {
            "Dense", "QDense", "Activation", "QActivation", "Softmax", "BatchNormalization", "QBatchNormalization",
            "PReLU", "Flatten", "Reshape", "Identity", "Dropout",
        };
        foreach (var f in Enum.GetValues<ActivationKind>()) names.AddRange(FunctionKeys(f));
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
