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
    /// the importer, then the keys its op declares for its inputs (<see cref="Op.LayerTypeKeysFor"/>; a global
    /// pooling node's keys carry the rank of its input). The two nodes of a separable convolution answer to
    /// <c>SeparableConv1D/2D</c> only, as in hls4ml.
    /// </summary>
    public static IReadOnlyList<string> KeysFor(Node node)
    {
        var source = node.Annotations.TryGet(ImportHints.SourceClass, out var s) ? s : null;
        if (source is not null && source.Contains("SeparableConv", StringComparison.Ordinal)) return [source];
        var keys = node.Op.LayerTypeKeysFor(node.Inputs.Select(i => i.Shape).ToList());
        return source is null ? keys : [source, .. keys.Where(k => !string.Equals(k, source, StringComparison.OrdinalIgnoreCase))];
    }

    /// <summary>The LayerType keys <paramref name="op"/> declares (<see cref="OpTraits.LayerTypeKeys"/>), most specific first.</summary>
    public static IReadOnlyList<string> KeysFor(Op op) => op.Traits.LayerTypeKeys;

    /// <summary>
    /// Every key this map knows, for "did you mean" suggestions and for not warning about sections of layers the
    /// model does not have: hls4ml's and Keras's layer class names, then the activation functions' class names.
    /// </summary>
    public static IReadOnlyList<string> Known { get; } = BuildKnown();

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
        foreach (var f in Enum.GetValues<ActivationKind>()) names.AddRange(ActivationOp.FunctionKeys(f));
        return names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }
}
