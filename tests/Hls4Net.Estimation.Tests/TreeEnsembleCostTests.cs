using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>The tree-ensemble rule on a hand-counted ensemble (HandBuilt's round constants).</summary>
public sealed class TreeEnsembleCostTests
{
    private static DecisionTree Stump(double a, double b) =>
        new([0, 0, 0], [0.5, 0, 0], [TreeSplitMode.LessOrEqual, 0, 0], [1, -1, -1], [2, -1, -1], [false, false, false], [0, 0, a, -a, b, -b], 2);

    [Fact]
    public void TwoStumpsOverTwoColumns()
    {
        var op = new TreeEnsembleOp(4, [Stump(1, 2), Stump(3, 4)], [0, 0], TreePostTransform.None);
        var (_, node) = HandBuilt.Single(op, new Shape(4));
        node.Precision = node.Precision.With(TreeEnsembleOp.ScoreSlot, HandBuilt.Q18);
        var e = new TreeEnsembleCostRule().Estimate(node, HandBuilt.Context());
        // 2 comparators × 16 bits × 0.5 = 16; path 2 trees × 1 level × 2 index bits = 4;
        // leaf muxes 2 leaves × 2 columns × 2 trees × 18 bits × 0.5 = 72; adders 2 columns × (1 + base) × 18 bits × 1 = 72.
        Assert.Equal(16 + 4 + 72 + 72, e.Resources.Lut);
        Assert.Equal(0, e.Resources.Dsp);
        Assert.Equal(0, e.Resources.Bram18K);
        Assert.Equal(2, e.LatencyCycles); // depth 1 + ⌈log2 2⌉
        Assert.Equal(2 * 2 * 18 + 2, e.Resources.Ff); // 2 stages × 2 scores × 18 bits + 2 comparison bits
        Assert.Equal(1, e.Ii);
    }
}
