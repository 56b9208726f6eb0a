namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// How a branch node of a <see cref="DecisionTree"/> compares its feature x with its threshold t (ONNX-ML's
/// <c>nodes_modes</c>); the node goes to its true child when the comparison holds. The numeric values are the codes the
/// generated C++ uses (<c>nnet_tree_ensemble.h</c>).
/// </summary>
public enum TreeSplitMode
{
    /// <summary>x &lt;= t (BRANCH_LEQ; scikit-learn).</summary>
    LessOrEqual = 0,

    /// <summary>x &lt; t (BRANCH_LT; XGBoost).</summary>
    Less = 1,

    /// <summary>x &gt;= t (BRANCH_GTE).</summary>
    GreaterOrEqual = 2,

    /// <summary>x &gt; t (BRANCH_GT).</summary>
    Greater = 3,

    /// <summary>x == t (BRANCH_EQ).</summary>
    Equal = 4,

    /// <summary>x != t (BRANCH_NEQ).</summary>
    NotEqual = 5,
}
