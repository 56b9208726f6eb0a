namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// A tree ensemble (boosted decision trees, random forests): every tree picks one leaf for the input features, and
/// output column c is <c>BaseValues[c]</c> plus the sum over the trees of <see cref="ColumnTrees"/>[c] of their leaf
/// score for c. Input: the feature vector; output: the scores, one per class or target (the one output of the op: a
/// classifier's label is not produced, see docs/bdt.md). The post-transform of the source model
/// (<see cref="PostTransform"/>) is the node after this one; the op records it; what the importer dropped is in <see cref="TreeImportNotes"/>.
/// Precision slots: <c>threshold</c> (thresholds; features compare against them exactly) and <c>score</c> (leaf scores
/// and every partial sum of the adder trees); the result type is the type of the final scores.
/// </summary>
public sealed class TreeEnsembleOp : Op
{
    /// <summary>The threshold type slot.</summary>
    public static PrecisionSlot ThresholdSlot { get; } = new("threshold");

    /// <summary>The score type slot (leaf values and sums).</summary>
    public static PrecisionSlot ScoreSlot { get; } = new("score");

    /// <summary>An ensemble of <paramref name="trees"/> over <paramref name="featureCount"/> features.</summary>
    public TreeEnsembleOp(int featureCount, IReadOnlyList<DecisionTree> trees, double[] baseValues, TreePostTransform postTransform)
    {
        if (trees.Count == 0) throw new GraphException("a tree ensemble needs at least one tree");
        if (featureCount <= 0) throw new GraphException("a tree ensemble needs at least one feature");
        var columns = baseValues.Length;
        if (columns == 0) throw new GraphException("a tree ensemble needs at least one output column");
        for (var t = 0; t < trees.Count; t++)
        {
            var tree = trees[t];
            if (tree.Columns != columns) throw new GraphException($"tree {t} has {tree.Columns} output columns, the ensemble {columns}");
            for (var i = 0; i < tree.NodeCount; i++)
            {
                if (!tree.IsLeaf(i) && (tree.Feature[i] < 0 || tree.Feature[i] >= featureCount))
                {
                    throw new GraphException($"tree {t} node {i} compares feature {tree.Feature[i]}, outside 0..{featureCount - 1}");
                }
            }
        }
        FeatureCount = featureCount;
        Trees = trees;
        BaseValues = baseValues;
        PostTransform = postTransform;
        ColumnTrees = Enumerable.Range(0, columns).Select(c => (IReadOnlyList<int>)Enumerable.Range(0, trees.Count)
            .Where(t => Contributes(trees[t], c)).ToArray()).ToArray();
    }

    /// <summary>Number of input features.</summary>
    public int FeatureCount { get; }

    /// <summary>The trees, in the model's order.</summary>
    public IReadOnlyList<DecisionTree> Trees { get; }

    /// <summary>One base score per output column, added after the trees' sum.</summary>
    public double[] BaseValues { get; }

    /// <summary>Number of output columns.</summary>
    public int Columns => BaseValues.Length;

    /// <summary>The model's post-transform (applied by the next node; recorded here).</summary>
    public TreePostTransform PostTransform { get; }

    /// <summary>For each column, the trees that hold a score for it (ascending), i.e. the inputs of its adder tree.</summary>
    public IReadOnlyList<IReadOnlyList<int>> ColumnTrees { get; }

    /// <summary>Depth of the deepest tree.</summary>
    public int MaxDepth => Trees.Max(t => t.Depth);

    /// <inheritdoc />
    public override string Kind => "TreeEnsemble";

    /// <inheritdoc />
    public override OpTraits Traits { get; } = new()
    {
        LayerTypeKeys = ["TreeEnsemble", "TreeEnsembleClassifier", "TreeEnsembleRegressor"],
        PrecisionSlots = [new(ThresholdSlot, ExplicitOnly: true), new(ScoreSlot)],
    };

    /// <inheritdoc />
    public override int ParameterCount => Trees.Sum(t => t.NodeCount);

    /// <inheritdoc />
    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count != 1) throw new GraphException($"TreeEnsemble takes one input, got {inputs.Count}");
        if (inputs[0].Size != FeatureCount) throw new GraphException($"TreeEnsemble over {FeatureCount} features cannot read input shape {inputs[0]}");
        return new Shape(Columns);
    }

    /// <inheritdoc />
    public override string Describe()
    {
        return $"TreeEnsemble(trees={Trees.Count}, depth={MaxDepth}, features={FeatureCount}, columns={Columns}, post_transform={PostTransform})";
    }

    private static bool Contributes(DecisionTree tree, int column)
    {
        for (var i = 0; i < tree.NodeCount; i++)
        {
            if (tree.IsLeaf(i) && tree.Values[i * tree.Columns + column] != 0) return true;
        }
        return false;
    }
}
