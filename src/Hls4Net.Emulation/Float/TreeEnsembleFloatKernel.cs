using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Emulation.Float;

/// <summary>
/// A tree ensemble in double precision, as the source libraries compute it: each tree compares the feature with its
/// threshold (the model's float32 value) by the node's mode, a missing (NaN) feature going to the true child when the
/// node says so; each column is the base value plus the leaf scores of the trees in model order.
/// </summary>
public sealed class TreeEnsembleFloatKernel : FloatKernel<TreeEnsembleOp>
{
    /// <inheritdoc />
    public override double[] Run(Node node, TreeEnsembleOp op, IReadOnlyList<double[]> inputs, int batch)
    {
        var x = inputs[0];
        int features = op.FeatureCount, columns = op.Columns;
        var output = new double[batch * columns];
        for (var b = 0; b < batch; b++)
        {
            var sample = x.AsSpan(b * features, features);
            var row = output.AsSpan(b * columns, columns);
            foreach (var tree in op.Trees)
            {
                var leaf = Leaf(tree, sample);
                for (var c = 0; c < columns; c++) row[c] += tree.Values[leaf * columns + c];
            }
            for (var c = 0; c < columns; c++) row[c] += op.BaseValues[c];
        }
        return output;
    }

    private static int Leaf(DecisionTree tree, ReadOnlySpan<double> x)
    {
        var i = 0;
        while (!tree.IsLeaf(i))
        {
            var v = x[tree.Feature[i]];
            var t = tree.Threshold[i];
            var go = tree.Mode[i] switch
            {
                TreeSplitMode.LessOrEqual => v <= t,
                TreeSplitMode.Less => v < t,
                TreeSplitMode.GreaterOrEqual => v >= t,
                TreeSplitMode.Greater => v > t,
                TreeSplitMode.Equal => v == t,
                _ => v != t,
            };
            if (double.IsNaN(v)) go = tree.MissingTracksTrue[i] || (tree.Mode[i] == TreeSplitMode.NotEqual);
            i = go ? tree.TrueChild[i] : tree.FalseChild[i];
        }
        return i;
    }
}
