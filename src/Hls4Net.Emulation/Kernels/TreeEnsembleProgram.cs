using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A <see cref="TreeEnsemblePlan"/> prepared once per node and input type for <see cref="TreeEnsembleKernel"/>: the
/// thresholds aligned with the features on raw codes, the walker (<see cref="CompleteWalk"/>, else
/// <see cref="FastWalk"/>, else the plan's own node lists), the columns whose adder tree cannot overflow, and for
/// those per tree the leaf scores it adds to each column, indexed by the walker's leaf slot.
/// </summary>
internal sealed class TreeEnsembleProgram
{
    private TreeEnsembleProgram(Node node, FixedType input)
    {
        var p = TreeEnsemblePlan.Create(node);
        Plan = p;
        int fx = input.FracBits, ft = p.ThresholdType.FracBits, frac = Math.Max(fx, ft);
        FeatureShift = frac - fx;
        var st = frac - ft;
        if (input.Width + FeatureShift > 62 || p.ThresholdType.Width + st > 62)
        {
            throw new UnsupportedPrecisionException($"node '{node.Name}' (TreeEnsemble): input {input} and threshold {p.ThresholdType} types need more than 62 bits to compare");
        }
        Thresholds = Array.ConvertAll(p.ThresholdRaw, t => t << st);
        var compact = input.Width + FeatureShift <= (input.Signed ? 31 : 30);
        Complete = CompleteWalk.TryCreate(p, Thresholds, compact);
        Fast = Complete is null ? FastWalk.TryCreate(p, Thresholds) : null;
        Slots = Complete?.Leaves ?? p.NodesPerTree;
        Safe = NoOverflowColumns(p);
        AllSafe = Safe.All(s => s);
        (ContributionStart, ContributionColumn, ContributionValue) = Contributions(p, Slots, Complete);
        OnePerTree = Enumerable.Range(0, p.Trees + 1).All(t => ContributionStart[t] == t);
    }

    /// <summary>Every tree adds to exactly one column (boosting): contribution t is tree t's.</summary>
    public bool OnePerTree { get; }

    /// <summary>The plan.</summary>
    public TreeEnsemblePlan Plan { get; }

    /// <summary>Left shift of an input code onto the common fraction bits of input and threshold.</summary>
    public int FeatureShift { get; }

    /// <summary>The thresholds on the common fraction bits, per plan node.</summary>
    public long[] Thresholds { get; }

    /// <summary>The complete-tree walker, when the trees allow it.</summary>
    public CompleteWalk? Complete { get; }

    /// <summary>The node-list walker without equality modes, when there is no complete-tree walker.</summary>
    public FastWalk? Fast { get; }

    /// <summary>Leaf slots per tree: the complete layout's leaves, else the plan's nodes per tree.</summary>
    public int Slots { get; }

    /// <summary>Per column: no partial sum of its adder tree (nor the base addition) can overflow score_t.</summary>
    public bool[] Safe { get; }

    /// <summary>Every column is <see cref="Safe"/>: the scores are plain sums.</summary>
    public bool AllSafe { get; }

    /// <summary>Tree t's contributions are [ContributionStart[t], ContributionStart[t + 1]).</summary>
    public int[] ContributionStart { get; }

    /// <summary>The column of contribution i.</summary>
    public int[] ContributionColumn { get; }

    /// <summary>The score_t code contribution i adds at leaf slot s: [i * Slots + s] (summed over the tree's repeats in the column).</summary>
    public long[] ContributionValue { get; }

    /// <summary>The program of <paramref name="node"/> on inputs of type <paramref name="input"/>.</summary>
    public static TreeEnsembleProgram Create(Node node, FixedType input) => new(node, input);

    /// <summary>The plan's local node index of leaf slot <paramref name="slot"/> of tree <paramref name="tree"/>.</summary>
    public int LeafNode(int tree, int slot) => Complete is null ? slot : Complete.LeafNode[tree * Complete.Leaves + slot];

    /// <summary>
    /// Per column: true when |base| plus the largest |leaf score| of each of its trees fits score_t, so that no partial
    /// sum of the adder tree (nor the base addition) can overflow and plain addition gives the same bits.
    /// </summary>
    private static bool[] NoOverflowColumns(TreeEnsemblePlan p)
    {
        var limit = Math.Min(p.ScoreType.MaxRawInt64, -p.ScoreType.MinRawInt64);
        if (!p.ScoreType.Signed) return new bool[p.Columns];
        var result = new bool[p.Columns];
        for (var c = 0; c < p.Columns; c++)
        {
            var bound = Math.Abs(p.BaseRaw[c]);
            for (var j = 0; j < p.TreesPerColumn && bound <= limit; j++)
            {
                var tree = p.ColumnTrees[c * p.TreesPerColumn + j];
                long max = 0;
                for (var i = 0; i < p.NodesPerTree; i++) max = Math.Max(max, Math.Abs(p.ValueRaw[(tree * p.NodesPerTree + i) * p.Columns + c]));
                bound += max;
            }
            result[c] = bound <= limit;
        }
        return result;
    }

    /// <summary>Per tree, the columns it feeds with a non-zero score and its scores there per leaf slot.</summary>
    private static (int[] Start, int[] Column, long[] Value) Contributions(TreeEnsemblePlan p, int slots, CompleteWalk? complete)
    {
        var start = new int[p.Trees + 1];
        var columns = new List<int>();
        var values = new List<long>();
        var repeats = new int[p.Columns];
        for (var t = 0; t < p.Trees; t++)
        {
            start[t] = columns.Count;
            Array.Clear(repeats);
            for (var c = 0; c < p.Columns; c++)
            {
                for (var j = 0; j < p.TreesPerColumn; j++)
                {
                    if (p.ColumnTrees[c * p.TreesPerColumn + j] == t) repeats[c]++;
                }
            }
            for (var c = 0; c < p.Columns; c++)
            {
                if (repeats[c] == 0) continue;
                var row = new long[slots];
                for (var s = 0; s < slots; s++)
                {
                    var local = complete is null ? s : complete.LeafNode[t * slots + s];
                    row[s] = repeats[c] * p.ValueRaw[(t * p.NodesPerTree + local) * p.Columns + c];
                }
                if (row.All(v => v == 0)) continue;
                columns.Add(c);
                values.AddRange(row);
            }
        }
        start[p.Trees] = columns.Count;
        return (start, columns.ToArray(), values.ToArray());
    }
}
