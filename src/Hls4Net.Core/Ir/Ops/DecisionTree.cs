namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// One binary decision tree of a <see cref="TreeEnsembleOp"/>, as parallel arrays over its nodes (node 0 is the root).
/// A branch node compares feature <see cref="Feature"/>[i] with <see cref="Threshold"/>[i] by <see cref="Mode"/>[i] and
/// goes to <see cref="TrueChild"/>[i] when the comparison holds, else to <see cref="FalseChild"/>[i]; a leaf has both
/// children -1 and holds one score per output column in <see cref="Values"/>[i * columns + c]. A missing feature (NaN,
/// float mode only) goes to the true child when <see cref="MissingTracksTrue"/>[i].
/// </summary>
public sealed class DecisionTree
{
    /// <summary>A tree over the given node arrays (all of the same length; <paramref name="values"/> has nodes × columns entries).</summary>
    public DecisionTree(int[] feature, double[] threshold, TreeSplitMode[] mode, int[] trueChild, int[] falseChild,
        bool[] missingTracksTrue, double[] values, int columns)
    {
        var n = feature.Length;
        if (n == 0) throw new GraphException("a decision tree needs at least one node");
        if (threshold.Length != n || mode.Length != n || trueChild.Length != n || falseChild.Length != n
            || missingTracksTrue.Length != n || values.Length != (long)n * columns)
        {
            throw new GraphException("the node arrays of a decision tree differ in length");
        }
        (Feature, Threshold, Mode, TrueChild, FalseChild, MissingTracksTrue, Values, Columns) =
            (feature, threshold, mode, trueChild, falseChild, missingTracksTrue, values, columns);
        Depth = ComputeDepth();
    }

    /// <summary>Feature index compared at each branch node (0 at leaves).</summary>
    public int[] Feature { get; }

    /// <summary>Threshold of each branch node (the model's float32 value widened to double; 0 at leaves).</summary>
    public double[] Threshold { get; }

    /// <summary>Comparison of each branch node.</summary>
    public TreeSplitMode[] Mode { get; }

    /// <summary>Child taken when the comparison holds; -1 at leaves.</summary>
    public int[] TrueChild { get; }

    /// <summary>Child taken when the comparison fails; -1 at leaves.</summary>
    public int[] FalseChild { get; }

    /// <summary>Where a missing (NaN) feature goes (float mode only: fixed-point has no NaN).</summary>
    public bool[] MissingTracksTrue { get; }

    /// <summary>Leaf scores, node-major: <c>Values[node * Columns + column]</c> (0 for branch nodes and absent columns).</summary>
    public double[] Values { get; }

    /// <summary>Number of output columns (classes or targets).</summary>
    public int Columns { get; }

    /// <summary>Number of nodes.</summary>
    public int NodeCount => Feature.Length;

    /// <summary>Number of branch levels from the root to the deepest leaf (0 for a single leaf).</summary>
    public int Depth { get; }

    /// <summary>True when node <paramref name="i"/> is a leaf.</summary>
    public bool IsLeaf(int i) => TrueChild[i] < 0;

    /// <summary>Number of branch nodes (comparators).</summary>
    public int BranchCount => TrueChild.Count(c => c >= 0);

    private int ComputeDepth()
    {
        var depth = new int[NodeCount];
        var max = 0;
        var stack = new Stack<int>([0]);
        var seen = new bool[NodeCount];
        while (stack.Count > 0)
        {
            var i = stack.Pop();
            if (seen[i]) throw new GraphException($"decision tree node {i} is reached twice (the nodes do not form a tree)");
            seen[i] = true;
            max = Math.Max(max, depth[i]);
            if (IsLeaf(i)) continue;
            foreach (var c in new[] { TrueChild[i], FalseChild[i] })
            {
                if (c <= 0 || c >= NodeCount) throw new GraphException($"decision tree node {i} has child {c} outside 1..{NodeCount - 1}");
                depth[c] = depth[i] + 1;
                stack.Push(c);
            }
        }
        return max;
    }
}
