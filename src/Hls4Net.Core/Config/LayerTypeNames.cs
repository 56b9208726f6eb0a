using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Config;

/// <summary>
/// The one place that maps <c>HLSConfig.LayerType</c> keys to ops: our <see cref="Op.Kind"/> names plus the
/// hls4ml/Keras class names users already have in their configs (e.g. <c>ReLU</c>, <c>LeakyReLU</c>, <c>QDense</c>,
/// <c>QConv2D</c>, <c>MaxPool2D</c>, <c>GlobalAveragePooling1D</c>). Keys match case-insensitively. A node whose
/// importer recorded its model class (<see cref="ImportHints.SourceClass"/>, e.g. <c>SeparableConv2D</c>) also
/// answers to that class name.
/// </summary>
public static class LayerTypeNames
{
    /// <summary>Keys for graph inputs (hls4ml's <c>InputLayer</c>).</summary>
    public static IReadOnlyList<string> InputKeys { get; } = ["Input", "InputLayer"];

    /// <summary>
    /// The LayerType keys that apply to <paramref name="node"/>, most specific first: the model class recorded by
    /// the importer, then the keys of its op (<see cref="KeysFor(Op)"/>). A global pooling node's keys carry the
    /// rank of its input (<c>GlobalMaxPooling1D</c> for [l, c], <c>...2D</c> for [h, w, c]). The two nodes of a
    /// separable convolution answer to <c>SeparableConv1D/2D</c> only, as in hls4ml.
    /// </summary>
    public static IReadOnlyList<string> KeysFor(Node node)
    {
        var source = node.Annotations.TryGet(ImportHints.SourceClass, out var s) ? s : null;
        if (source is not null && source.Contains("SeparableConv", StringComparison.Ordinal)) return [source];
        var keys = node.Op is GlobalPoolOp g ? GlobalPoolKeys(g, node.Inputs.Count > 0 ? node.Inputs[0].Shape.Rank : 0) : KeysFor(node.Op);
        return source is null ? keys : [source, .. keys.Where(k => !string.Equals(k, source, StringComparison.OrdinalIgnoreCase))];
    }

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
        Conv1DOp => ["Conv1D", "QConv1D"],
        Conv2DOp => ["Conv2D", "QConv2D"],
        DepthwiseConv1DOp => ["DepthwiseConv1D", "QDepthwiseConv1D"],
        DepthwiseConv2DOp => ["DepthwiseConv2D", "QDepthwiseConv2D"],
        Pool1DOp p => p.Pool == PoolKind.Max ? ["MaxPooling1D", "MaxPool1D"] : ["AveragePooling1D", "AvgPool1D", "AveragePool1D"],
        Pool2DOp p => p.Pool == PoolKind.Max ? ["MaxPooling2D", "MaxPool2D"] : ["AveragePooling2D", "AvgPool2D", "AveragePool2D"],
        GlobalPoolOp g => [.. GlobalPoolKeys(g, 2), .. GlobalPoolKeys(g, 3)],
        TransposeOp => ["Transpose", "Permute"],
        _ => [op.Kind],
    };

    /// <summary>Every key this map knows (for "did you mean" suggestions).</summary>
    public static IReadOnlyList<string> Known { get; } = BuildKnown();

    private static IReadOnlyList<string> GlobalPoolKeys(GlobalPoolOp g, int inputRank)
    {
        var d = inputRank == 2 ? "1D" : "2D";
        return g.Pool == PoolKind.Max
            ? [$"GlobalMaxPooling{d}", $"GlobalMaxPool{d}", g.Kind]
            : [$"GlobalAveragePooling{d}", $"GlobalAvgPool{d}", $"GlobalAveragePool{d}", g.Kind];
    }

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
            "Conv1D", "QConv1D", "Conv2D", "QConv2D", "DepthwiseConv1D", "QDepthwiseConv1D", "DepthwiseConv2D", "QDepthwiseConv2D",
            "SeparableConv1D", "SeparableConv2D", "QSeparableConv1D", "QSeparableConv2D",
            "MaxPooling1D", "MaxPool1D", "AveragePooling1D", "AvgPool1D", "MaxPooling2D", "MaxPool2D", "AveragePooling2D", "AvgPool2D",
            "GlobalMaxPooling1D", "GlobalMaxPool1D", "GlobalMaxPooling2D", "GlobalMaxPool2D",
            "GlobalAveragePooling1D", "GlobalAvgPool1D", "GlobalAveragePooling2D", "GlobalAvgPool2D",
            "Transpose", "Permute",
        };
        foreach (var f in Enum.GetValues<ActivationKind>()) names.AddRange(FunctionKeys(f));
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
