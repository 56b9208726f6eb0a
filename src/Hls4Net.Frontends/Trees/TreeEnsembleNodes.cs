using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Trees;

/// <summary>
/// Adds a tree ensemble to a graph the same way for every frontend: the <see cref="TreeEnsembleOp"/> node (its output
/// the summed scores) and, for a post-transform, the node after it (a sigmoid activation for LOGISTIC, a probit table
/// activation for PROBIT, a softmax for SOFTMAX), the same layers and tables as a network's. The last node's output takes <c>outputName</c>.
/// </summary>
internal static class TreeEnsembleNodes
{
    /// <summary>Add the nodes; returns the tree node and the final output value.</summary>
    public static (Node Tree, Value Output) Add(Graph graph, string name, Value input, TreeEnsembleOp op, string outputName)
    {
        var post = op.PostTransform switch
        {
            TreePostTransform.Logistic => (Op)new ActivationOp(ActivationKind.Sigmoid),
            TreePostTransform.Softmax => new SoftmaxOp(),
            TreePostTransform.Probit => new ActivationOp(ActivationKind.Probit),
            TreePostTransform.SoftmaxZero => new SoftmaxOp(SoftmaxVariant.Exact, zeroMasked: true),
            _ => null,
        };
        var shape = op.InferShape([input.Shape]);
        var scores = new Value(post is null ? outputName : outputName + "_scores", shape);
        var tree = new Node(name, op, [input], scores);
        graph.Add(tree);
        if (post is null) return (tree, scores);
        var output = new Value(outputName, shape);
        graph.Add(new Node(name + Suffix(op.PostTransform), post, [scores], output));
        return (tree, output);
    }

    private static string Suffix(TreePostTransform post) => post switch
    {
        TreePostTransform.Logistic => "_sigmoid",
        TreePostTransform.Probit => "_probit",
        TreePostTransform.SoftmaxZero => "_softmax_zero",
        _ => "_softmax",
    };
}
