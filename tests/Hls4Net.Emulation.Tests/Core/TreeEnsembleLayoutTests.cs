using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The kernel's fast layouts (complete trees on int or long codes, two walks interleaved, leaf scores added straight
/// into the columns) against a plain reference written here from the spec: walk each tree's node lists comparing the
/// quantized feature with the quantized threshold, then per column the balanced adder tree with every sum stored into
/// score_t, then base + sum. Seeded random ensembles of uneven depth, every ordering mode, boosting (one column per tree)
/// and forest (every tree in every column) layouts, with a wide score type (no overflow) and a narrow saturating one.
/// </summary>
public sealed class TreeEnsembleLayoutTests
{
    [Theory]
    [InlineData(1, true, "ap_fixed<18,8>", "ap_fixed<24,10>")]
    [InlineData(2, false, "ap_fixed<18,8>", "ap_fixed<24,10>")]
    [InlineData(3, true, "ap_fixed<18,8>", "ap_fixed<8,2,AP_TRN,AP_SAT>")]
    [InlineData(4, false, "ap_fixed<12,4>", "ap_fixed<8,2,AP_TRN,AP_SAT>")]
    [InlineData(5, true, "ap_fixed<40,12>", "ap_fixed<24,10>")]
    public void FastLayoutsGiveThePlainWalksBits(int seed, bool boosting, string inputType, string scoreType)
    {
        var random = new Random(seed);
        const int features = 6, columns = 3, samples = 200;
        var trees = new List<DecisionTree>();
        for (var t = 0; t < 13; t++) trees.Add(RandomTree(random, features, columns, boosting ? t % columns : -1, 1 + random.Next(5)));
        var op = new TreeEnsembleOp(features, trees, [0.5, -0.25, 1.0], TreePostTransform.None);
        var node = Node(op, new Shape(features), inputType, scoreType);
        node.Precision = LayerPrecision.Unassigned.With(TreeEnsembleOp.ScoreSlot, T(scoreType));
        var input = T(inputType);
        var raw = new long[samples * features];
        for (var i = 0; i < raw.Length; i++) raw[i] = FixedMath.FromDouble(random.NextDouble() * 8 - 4, input);
        var counter = new OverflowCounter();
        var actual = Run(node, raw, counter).Raw;

        var score = T(scoreType);
        // The adder trees take each column's own trees when the lists are equally long, else every tree (zeros included).
        var equal = op.ColumnTrees.All(l => l.Count == op.ColumnTrees[0].Count);
        var lists = Enumerable.Range(0, columns).Select(c => equal ? op.ColumnTrees[c] : Enumerable.Range(0, trees.Count).ToList()).ToList();
        long overflows = 0;
        for (var b = 0; b < samples; b++)
        {
            for (var c = 0; c < columns; c++)
            {
                var leaves = lists[c].Select(t => FixedMath.FromDouble(trees[t].Values[Leaf(trees[t], raw, b * features, input) * columns + c], score)).ToArray();
                var sum = Balanced(leaves, 0, leaves.Length, score, ref overflows);
                var expected = Store(FixedMath.FromDouble(op.BaseValues[c], score) + sum, score, ref overflows);
                Assert.True(expected == actual[b * columns + c], $"seed {seed}, sample {b}, column {c}: expected {expected}, got {actual[b * columns + c]}");
            }
        }
        Assert.Equal(overflows, counter.Overflows);
    }

    private static int Leaf(DecisionTree tree, long[] raw, int offset, FixedType input)
    {
        var i = 0;
        while (!tree.IsLeaf(i))
        {
            // Threshold in the input type (the default threshold type): both are codes of one type.
            var x = raw[offset + tree.Feature[i]];
            var t = FixedMath.FromDouble(tree.Threshold[i], input);
            var go = tree.Mode[i] switch
            {
                TreeSplitMode.LessOrEqual => x <= t,
                TreeSplitMode.Less => x < t,
                TreeSplitMode.GreaterOrEqual => x >= t,
                _ => x > t,
            };
            i = go ? tree.TrueChild[i] : tree.FalseChild[i];
        }
        return i;
    }

    private static long Balanced(long[] v, int start, int count, FixedType score, ref long overflows)
    {
        if (count == 1) return v[start];
        var half = count / 2;
        var left = Balanced(v, start, half, score, ref overflows);
        var right = Balanced(v, start + half, count - half, score, ref overflows);
        return Store(left + right, score, ref overflows);
    }

    private static long Store(long value, FixedType score, ref long overflows)
    {
        var stored = FixedMath.Convert(value, score.FracBits, score, out var o);
        if (o) overflows++;
        return stored;
    }

    /// <summary>A random tree of the given depth (leaves above it too); leaf values only in <paramref name="column"/>, or in all when it is -1.</summary>
    private static DecisionTree RandomTree(Random random, int features, int columns, int column, int depth)
    {
        var feature = new List<int>();
        var threshold = new List<double>();
        var mode = new List<TreeSplitMode>();
        var yes = new List<int>();
        var no = new List<int>();
        var values = new List<double>();
        int Add(int d)
        {
            var i = feature.Count;
            feature.Add(0); threshold.Add(0); mode.Add(default); yes.Add(-1); no.Add(-1);
            values.AddRange(new double[columns]);
            if (d < depth && (d == 0 || random.NextDouble() < 0.8))
            {
                feature[i] = random.Next(features);
                threshold[i] = Math.Round(random.NextDouble() * 6 - 3, 3);
                mode[i] = (TreeSplitMode)random.Next(4);
                yes[i] = Add(d + 1);
                no[i] = Add(d + 1);
            }
            else
            {
                for (var c = 0; c < columns; c++) if (column < 0 || c == column) values[i * columns + c] = Math.Round(random.NextDouble() * 3 - 1.5, 4);
            }
            return i;
        }
        Add(0);
        var n = feature.Count;
        return new DecisionTree([.. feature], [.. threshold], [.. mode], [.. yes], [.. no], new bool[n], [.. values], columns);
    }
}
