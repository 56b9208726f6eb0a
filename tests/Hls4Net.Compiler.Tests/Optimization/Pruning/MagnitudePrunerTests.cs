using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Optimization;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>Magnitude selection on small hand-written matrices; every expected matrix is worked out by hand in the comments.</summary>
public sealed class MagnitudePrunerTests
{
    /// <summary>x[3] → a (3→2) → b (2→2).</summary>
    private static Graph TwoLayers(float[] a, float[] b)
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(3));
        g.Inputs.Add(x);
        var n1 = g.Add("a", new DenseOp(new ConstTensor(new Shape(3, 2), a), new ConstTensor(new Shape(2), [0f, 0f])), x);
        var n2 = g.Add("b", new DenseOp(new ConstTensor(new Shape(2, 2), b), new ConstTensor(new Shape(2), [0f, 0f])), n1.Output);
        g.Outputs.Add(n2.Output);
        return g;
    }

    private static float[] W(Graph g, string name) => ((DenseOp)g.FindNode(name)!.Op).Weights.Data;

    [Fact]
    public void GlobalSparsityZerosTheSmallestMagnitudesOverAllLayers()
    {
        // a = [0.5 -0.1; 0.3 -0.05; 0.2 0.9], b = [1 -2; 0.04 3]. 10 weights, sparsity 0.4 → the 4 smallest |w|:
        // 0.04 (b), 0.05, 0.1, 0.2 (a).
        var g = TwoLayers([0.5f, -0.1f, 0.3f, -0.05f, 0.2f, 0.9f], [1f, -2f, 0.04f, 3f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.4 });
        Assert.Equal([0.5f, 0f, 0.3f, 0f, 0f, 0.9f], W(g, "a"));
        Assert.Equal([1f, -2f, 0f, 3f], W(g, "b"));
    }

    [Fact]
    public void PerLayerSparsityPrunesEachLayerOnItsOwn()
    {
        // sparsity 0.5 per layer: a loses ⌊3⌋ = 3 (0.05, 0.1, 0.2), b loses ⌊2⌋ = 2 (0.04, 1).
        var g = TwoLayers([0.5f, -0.1f, 0.3f, -0.05f, 0.2f, 0.9f], [1f, -2f, 0.04f, 3f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.5, PerLayer = true });
        Assert.Equal([0.5f, 0f, 0.3f, 0f, 0f, 0.9f], W(g, "a"));
        Assert.Equal([0f, -2f, 0f, 3f], W(g, "b"));
    }

    [Fact]
    public void AThresholdZerosEveryWeightBelowIt()
    {
        // |w| < 0.3: 0.1, 0.05, 0.2, 0.04; 0.3 itself stays.
        var g = TwoLayers([0.5f, -0.1f, 0.3f, -0.05f, 0.2f, 0.9f], [1f, -2f, 0.04f, 3f]);
        MagnitudePruner.Apply(g, new PruneSelection { Threshold = 0.3 });
        Assert.Equal([0.5f, 0f, 0.3f, 0f, 0f, 0.9f], W(g, "a"));
        Assert.Equal([1f, -2f, 0f, 3f], W(g, "b"));
    }

    [Fact]
    public void ANamedLayerKeepsItsOwnSparsityOutOfTheGlobalRanking()
    {
        // b at 0.75 → ⌊3⌋: 0.04, 1, -2 zeroed; a alone at global 0.5 → 0.05, 0.1, 0.2 zeroed.
        var g = TwoLayers([0.5f, -0.1f, 0.3f, -0.05f, 0.2f, 0.9f], [1f, -2f, 0.04f, 3f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.5, Layers = new Dictionary<string, double> { ["b"] = 0.75 } });
        Assert.Equal([0.5f, 0f, 0.3f, 0f, 0f, 0.9f], W(g, "a"));
        Assert.Equal([0f, 0f, 0f, 3f], W(g, "b"));
    }

    [Fact]
    public void TiesBreakByLayerThenIndex()
    {
        // All |w| equal: sparsity 0.5 of 10 → the first 5 in (layer, index) order: all of a but its last, none of b.
        var g = TwoLayers([1f, -1f, 1f, -1f, 1f, -1f], [1f, -1f, 1f, -1f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.5 });
        Assert.Equal([0f, 0f, 0f, 0f, 0f, -1f], W(g, "a"));
        Assert.Equal([1f, -1f, 1f, -1f], W(g, "b"));
    }

    [Theory]
    [InlineData(1.0, null)]
    [InlineData(-0.1, null)]
    [InlineData(null, -1.0)]
    [InlineData(0.5, 0.1)]
    public void ABadSelectionIsAUsageError(double? sparsity, double? threshold)
    {
        var g = TwoLayers([1f, 1f, 1f, 1f, 1f, 1f], [1f, 1f, 1f, 1f]);
        Assert.Throws<UsageException>(() => MagnitudePruner.Apply(g, new PruneSelection { Sparsity = sparsity, Threshold = threshold }));
    }

    [Fact]
    public void AnUnknownLayerNameIsAUsageError()
    {
        var g = TwoLayers([1f, 1f, 1f, 1f, 1f, 1f], [1f, 1f, 1f, 1f]);
        var e = Assert.Throws<UsageException>(() => MagnitudePruner.Apply(g, new PruneSelection { Layers = new Dictionary<string, double> { ["c"] = 0.5 } }));
        Assert.Contains("'c'", e.Message);
    }
}
