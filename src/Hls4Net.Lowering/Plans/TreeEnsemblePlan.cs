using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// A tree ensemble laid out for the emulator and the C++ alike (<c>nnet_tree_ensemble.h</c>): every tree padded to
/// <see cref="NodesPerTree"/> nodes (a leaf and a padding node point to themselves, so a walk of <see cref="Depth"/>
/// steps from the root always ends on the leaf), thresholds as raw codes of <see cref="ThresholdType"/> (the input
/// type unless the config names a <c>threshold</c> type), leaf scores and base values as raw codes of
/// <see cref="ScoreType"/>, and per output column the trees of its adder tree (<see cref="ColumnTrees"/>, the same
/// number <see cref="TreesPerColumn"/> for every column: the op's own lists when they are equally long, else every tree).
/// </summary>
public sealed class TreeEnsemblePlan
{
    private TreeEnsemblePlan(TreeEnsembleOp op, FixedType input, FixedType threshold, FixedType score, FixedType result)
    {
        InputType = input;
        ThresholdType = threshold;
        ScoreType = score;
        ResultType = result;
        Trees = op.Trees.Count;
        Columns = op.Columns;
        Features = op.FeatureCount;
        NodesPerTree = op.Trees.Max(t => t.NodeCount);
        Depth = Math.Max(1, op.MaxDepth);
        var size = Trees * NodesPerTree;
        Feature = new int[size];
        ThresholdRaw = new long[size];
        Mode = new int[size];
        TrueChild = new int[size];
        FalseChild = new int[size];
        ValueRaw = new long[size * Columns];
        for (var t = 0; t < Trees; t++)
        {
            var tree = op.Trees[t];
            for (var i = 0; i < NodesPerTree; i++)
            {
                var k = t * NodesPerTree + i;
                if (i >= tree.NodeCount || tree.IsLeaf(i))
                {
                    TrueChild[k] = FalseChild[k] = i;
                    if (i < tree.NodeCount)
                    {
                        for (var c = 0; c < Columns; c++) ValueRaw[k * Columns + c] = FixedMath.FromDouble(tree.Values[i * Columns + c], score);
                    }
                    continue;
                }
                Feature[k] = tree.Feature[i];
                ThresholdRaw[k] = FixedMath.FromDouble(tree.Threshold[i], threshold);
                Mode[k] = (int)tree.Mode[i];
                TrueChild[k] = tree.TrueChild[i];
                FalseChild[k] = tree.FalseChild[i];
            }
        }
        BaseRaw = op.BaseValues.Select(b => FixedMath.FromDouble(b, score)).ToArray();
        var equal = op.ColumnTrees.All(l => l.Count == op.ColumnTrees[0].Count) && op.ColumnTrees[0].Count > 0;
        TreesPerColumn = equal ? op.ColumnTrees[0].Count : Trees;
        ColumnTrees = new int[Columns * TreesPerColumn];
        for (var c = 0; c < Columns; c++)
        {
            for (var j = 0; j < TreesPerColumn; j++) ColumnTrees[c * TreesPerColumn + j] = equal ? op.ColumnTrees[c][j] : j;
        }
        MaxChildIndex = NodesPerTree - 1;
    }

    /// <summary>The feature type (the input's type).</summary>
    public FixedType InputType { get; }

    /// <summary>The type the thresholds are quantized to.</summary>
    public FixedType ThresholdType { get; }

    /// <summary>The type of leaf scores, base values and every partial sum.</summary>
    public FixedType ScoreType { get; }

    /// <summary>The layer's result type.</summary>
    public FixedType ResultType { get; }

    /// <summary>Number of trees.</summary>
    public int Trees { get; }

    /// <summary>Number of output columns.</summary>
    public int Columns { get; }

    /// <summary>Number of input features.</summary>
    public int Features { get; }

    /// <summary>Nodes per (padded) tree.</summary>
    public int NodesPerTree { get; }

    /// <summary>Steps of the walk from the root (the deepest tree's depth, at least 1).</summary>
    public int Depth { get; }

    /// <summary>Feature of node [tree * NodesPerTree + i].</summary>
    public int[] Feature { get; }

    /// <summary>Threshold raw code (ThresholdType) of node [tree * NodesPerTree + i].</summary>
    public long[] ThresholdRaw { get; }

    /// <summary><see cref="TreeSplitMode"/> code of node [tree * NodesPerTree + i].</summary>
    public int[] Mode { get; }

    /// <summary>True child (local index) of node [tree * NodesPerTree + i]; itself at leaves.</summary>
    public int[] TrueChild { get; }

    /// <summary>False child (local index) of node [tree * NodesPerTree + i]; itself at leaves.</summary>
    public int[] FalseChild { get; }

    /// <summary>Leaf score raw codes (ScoreType): [(tree * NodesPerTree + i) * Columns + c].</summary>
    public long[] ValueRaw { get; }

    /// <summary>Base value raw codes (ScoreType), one per column.</summary>
    public long[] BaseRaw { get; }

    /// <summary>Trees per adder tree.</summary>
    public int TreesPerColumn { get; }

    /// <summary>The trees of column c's adder tree: [c * TreesPerColumn + j].</summary>
    public int[] ColumnTrees { get; }

    /// <summary>The largest local node index.</summary>
    public int MaxChildIndex { get; }

    /// <summary>The plan of <paramref name="node"/>.</summary>
    public static TreeEnsemblePlan Create(Node node)
    {
        var op = node.Op as TreeEnsembleOp ?? throw new GraphException($"node '{node.Name}': expected a TreeEnsemble op, got {node.Op.Kind}");
        var input = LayerTypes.Input(node);
        var threshold = LayerTypes.Fast(node, node.Precision[TreeEnsembleOp.ThresholdSlot] ?? input, "threshold");
        var score = LayerTypes.Required(node, node.Precision[TreeEnsembleOp.ScoreSlot], "score");
        return new TreeEnsemblePlan(op, input, threshold, score, LayerTypes.Result(node));
    }
}
