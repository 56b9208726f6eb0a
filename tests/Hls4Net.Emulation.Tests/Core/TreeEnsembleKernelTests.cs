using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>Tree-ensemble kernels on hand-computed values: every comparison mode, the adder-tree order under saturation, missing values.</summary>
public sealed class TreeEnsembleKernelTests
{
    /// <summary>One stump: feature 0 against 0.5 by <paramref name="mode"/>; true leaf 1.0, false leaf -0.75.</summary>
    private static DecisionTree Stump(TreeSplitMode mode, bool missingTrue = false) =>
        new([0, 0, 0], [0.5, 0, 0], [mode, 0, 0], [1, -1, -1], [2, -1, -1], [missingTrue, false, false], [0, 1.0, -0.75], 1);

    private static DecisionTree Leaf(double value) => new([0], [0], [0], [-1], [-1], [false], [value], 1);

    private static Node TreeNode(TreeEnsembleOp op, string type, string score)
    {
        var node = Node(op, new Shape(1), type, type);
        node.Precision = LayerPrecision.Unassigned.With(TreeEnsembleOp.ScoreSlot, T(score));
        return node;
    }

    [Theory]
    // x = 0.25, 0.5, 0.75 in ap_fixed<8,3> (F = 5: raw 8, 16, 24); base 0.25; true → 1.25 (raw 40), false → -0.5 (raw -16).
    [InlineData(TreeSplitMode.LessOrEqual, 40, 40, -16)]
    [InlineData(TreeSplitMode.Less, 40, -16, -16)]
    [InlineData(TreeSplitMode.GreaterOrEqual, -16, 40, 40)]
    [InlineData(TreeSplitMode.Greater, -16, -16, 40)]
    [InlineData(TreeSplitMode.Equal, -16, 40, -16)]
    [InlineData(TreeSplitMode.NotEqual, 40, -16, 40)]
    public void EveryModeComparesTheQuantizedFeatureWithTheThreshold(TreeSplitMode mode, long a, long b, long c)
    {
        var op = new TreeEnsembleOp(1, [Stump(mode)], [0.25], TreePostTransform.None);
        var y = Run(TreeNode(op, "ap_fixed<8,3>", "ap_fixed<8,3>"), [8, 16, 24]).Raw;
        Assert.Equal([a, b, c], y);

        var f = new TreeEnsembleFloatKernel().Run(TreeNode(op, "ap_fixed<8,3>", "ap_fixed<8,3>"), op, [[0.25, 0.5, 0.75]], 3);
        Assert.Equal(new[] { a / 32.0, b / 32.0, c / 32.0 }, f);
    }

    [Fact]
    public void TheAdderTreeOrderDecidesUnderSaturation()
    {
        // Leaves 3.5, 3.5, -3.5 in ap_fixed<8,3,AP_TRN,AP_SAT> (max 3.96875). The balanced tree adds 3.5 + (3.5 + -3.5) = 3.5
        // (raw 112); a left-to-right sum would saturate 3.5 + 3.5 to 3.96875 first and end at 0.46875 (raw 15).
        var op = new TreeEnsembleOp(1, [Leaf(3.5), Leaf(3.5), Leaf(-3.5)], [0.0], TreePostTransform.None);
        var counter = new OverflowCounter();
        var y = Run(TreeNode(op, "ap_fixed<8,3,AP_TRN,AP_SAT>", "ap_fixed<8,3,AP_TRN,AP_SAT>"), [0], counter).Raw;
        Assert.Equal([112L], y);
        Assert.Equal(0, counter.Overflows);

        // Four leaves of 3.5: (3.5 + 3.5) saturates twice, then 3.96875 + 3.96875 saturates again: 3 overflows.
        var four = new TreeEnsembleOp(1, [Leaf(3.5), Leaf(3.5), Leaf(3.5), Leaf(3.5)], [0.0], TreePostTransform.None);
        var c4 = new OverflowCounter();
        Assert.Equal([127L], Run(TreeNode(four, "ap_fixed<8,3,AP_TRN,AP_SAT>", "ap_fixed<8,3,AP_TRN,AP_SAT>"), [0], c4).Raw);
        Assert.Equal(3, c4.Overflows);
    }

    [Fact]
    public void TheThresholdsAreQuantizedToTheInputTypeUnlessAThresholdTypeIsSet()
    {
        // Threshold 0.3; x = 8/32, 9/32, 10/32 in ap_fixed<8,3> (F = 5); true leaf 1.0 (raw 32), false -0.75 (raw -24).
        var tree = new DecisionTree([0, 0, 0], [0.3, 0, 0], [TreeSplitMode.LessOrEqual, 0, 0], [1, -1, -1], [2, -1, -1], [false, false, false], [0, 1.0, -0.75], 1);
        var op = new TreeEnsembleOp(1, [tree], [0.0], TreePostTransform.None);
        // Input type: 0.3 * 32 = 9.6 truncates to 9, so 8 and 9 are <= it.
        Assert.Equal([32L, 32, -24], Run(TreeNode(op, "ap_fixed<8,3>", "ap_fixed<8,3>"), [8, 9, 10]).Raw);
        // ap_fixed<4,1> (F = 3): 0.3 * 8 = 2.4 truncates to 2 = 8/32, so only 8 is <= it.
        var node = TreeNode(op, "ap_fixed<8,3>", "ap_fixed<8,3>");
        node.Precision = node.Precision.With(TreeEnsembleOp.ThresholdSlot, T("ap_fixed<4,1>"));
        Assert.Equal([32L, -24, -24], Run(node, [8, 9, 10]).Raw);
    }

    [Fact]
    public void AMissingFeatureFollowsTheNode()
    {
        var tracks = new TreeEnsembleOp(1, [Stump(TreeSplitMode.LessOrEqual, missingTrue: true)], [0.0], TreePostTransform.None);
        var not = new TreeEnsembleOp(1, [Stump(TreeSplitMode.LessOrEqual)], [0.0], TreePostTransform.None);
        var node = TreeNode(tracks, "ap_fixed<8,3>", "ap_fixed<8,3>");
        Assert.Equal([1.0], new TreeEnsembleFloatKernel().Run(node, tracks, [[double.NaN]], 1));
        Assert.Equal([-0.75], new TreeEnsembleFloatKernel().Run(node, not, [[double.NaN]], 1));
    }
}
