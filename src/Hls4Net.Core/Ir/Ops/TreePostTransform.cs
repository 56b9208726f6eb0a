namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// The transform a tree-ensemble model applies to its summed scores (ONNX-ML's <c>post_transform</c>, an XGBoost
/// objective). The importers express it as the node after the <see cref="TreeEnsembleOp"/> (a table sigmoid, a
/// probit table or a softmax, the same layers and tables as for networks); the op records it for <c>inspect</c>.
/// </summary>
public enum TreePostTransform
{
    /// <summary>The scores themselves (regressors, random forests' averaged class probabilities).</summary>
    None,

    /// <summary>A sigmoid on every score (binary boosting).</summary>
    Logistic,

    /// <summary>A softmax over the class scores (multi-class boosting).</summary>
    Softmax,

    /// <summary>The probit (the standard normal quantile, √2·erfinv(2p − 1)) of every score: a table over [0, 1).</summary>
    Probit,

    /// <summary>ONNX-ML's SOFTMAX_ZERO: a softmax over the non-zero scores, zero scores giving 0 (a zero-masked softmax layer).</summary>
    SoftmaxZero,
}
