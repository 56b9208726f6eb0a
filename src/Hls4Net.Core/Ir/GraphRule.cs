namespace Hls4Net.Core.Ir;

/// <summary>
/// A graph-level decision of the configuration passes that depends on the layer's <see cref="ArithmeticSemantics"/>
/// and on its configuration (recorded as a <see cref="RuleDecision"/> so that <c>hls4net inspect</c> can show it).
/// </summary>
public enum GraphRule
{
    /// <summary>A BatchNormalization was folded into the Dense layer before it (recorded on the Dense).</summary>
    BatchNormFused,

    /// <summary>A BatchNormalization stayed a layer of its own after a Dense or its split-off bias layer (recorded on the batch norm).</summary>
    BatchNormKept,

    /// <summary>The bias of an ONNX MatMul + Add stays folded into the Dense (recorded on the Dense).</summary>
    BiasFolded,

    /// <summary>The bias of an ONNX MatMul + Add is a bias layer of its own after the Dense (recorded on the bias layer).</summary>
    BiasLayer,
}
