using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Optimization;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>Structured pruning on a hand-written 2 → 3 → ReLU → 2 network whose outputs are worked out by hand.</summary>
public sealed class StructuredPrunerTests
{
    // L (2→3), columns: n0 = [1, 2] bias 0 (live); n1 = [0, 0] bias 0.5 (dead in: constant relu(0.5) = 0.5);
    // n2 = [3, 4] bias 0 (dead out: M's row 2 is zero). M (3→2): rows [1, -1], [2, 3], [0, 0]; bias [0.1, 0.2].
    private static Graph Network()
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(2));
        g.Inputs.Add(x);
        var l = g.Add("L", new DenseOp(new ConstTensor(new Shape(2, 3), [1f, 0f, 3f, 2f, 0f, 4f]), new ConstTensor(new Shape(3), [0f, 0.5f, 0f])), x);
        var r = g.Add("relu", new ActivationOp(ActivationKind.Relu), l.Output);
        var m = g.Add("M", new DenseOp(new ConstTensor(new Shape(3, 2), [1f, -1f, 2f, 3f, 0f, 0f]), new ConstTensor(new Shape(2), [0.1f, 0.2f])), r.Output);
        g.Outputs.Add(m.Output);
        return g;
    }

    private static double[] Run(Graph g, double[] x) => new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(g, x, 1).Outputs[0];

    [Fact]
    public void DeadNeuronsAreRemovedAndTheNextLayerShrinksWithTheConstantFolded()
    {
        var g = Network();
        var removals = StructuredPruner.Apply(g);

        var r = Assert.Single(removals);
        Assert.Equal(("L", "M", 3, 2, 1), (r.Layer, r.Next, r.OriginalOutputs, r.Removed, r.Folded));
        Assert.Equal([0], r.KeptOutputs);
        var l = (DenseOp)g.FindNode("L")!.Op;
        var m = (DenseOp)g.FindNode("M")!.Op;
        Assert.Equal((2, 1), (l.InputSize, l.OutputSize));
        Assert.Equal([1f, 2f], l.Weights.Data);
        Assert.Equal((1, 2), (m.InputSize, m.OutputSize));
        Assert.Equal([1f, -1f], m.Weights.Data);
        // M.b + relu(0.5)·M.W[1, :] = [0.1 + 0.5·2, 0.2 + 0.5·3] = [1.1, 1.7].
        Assert.Equal([1.1f, 1.7f], m.Bias.Data);
        Assert.Equal(new Shape(1), g.FindNode("relu")!.Output.Shape);
    }

    [Theory]
    // x = [1, 1]: L = [3, 0.5, 7] → relu → M = [3 + 1 + 0.1, -3 + 1.5 + 0.2] = [4.1, -1.3].
    [InlineData(1.0, 1.0, 4.1, -1.3)]
    // x = [-1, 0.5]: L = [0, 0.5, -1] → relu [0, 0.5, 0] → M = [1 + 0.1, 1.5 + 0.2] = [1.1, 1.7].
    [InlineData(-1.0, 0.5, 1.1, 1.7)]
    public void ThePrunedNetworkComputesWhatTheOriginalDoes(double x0, double x1, double y0, double y1)
    {
        var original = Network();
        var pruned = Network();
        StructuredPruner.Apply(pruned);
        double[] x = [x0, x1];
        var a = Run(original, x);
        var b = Run(pruned, x);
        Assert.Equal(y0, a[0], 6);
        Assert.Equal(y1, a[1], 6);
        Assert.Equal(y0, b[0], 6);
        Assert.Equal(y1, b[1], 6);
    }

    [Fact]
    public void ANetworkWithNoDeadNeuronIsLeftAlone()
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(2));
        g.Inputs.Add(x);
        var l = g.Add("L", new DenseOp(new ConstTensor(new Shape(2, 2), [1f, 2f, 3f, 4f]), new ConstTensor(new Shape(2), [0f, 0f])), x);
        var m = g.Add("M", new DenseOp(new ConstTensor(new Shape(2, 1), [1f, 1f]), new ConstTensor(new Shape(1), [0f])), l.Output);
        g.Outputs.Add(m.Output);
        Assert.Empty(StructuredPruner.Apply(g));
        Assert.Equal(2, ((DenseOp)g.FindNode("L")!.Op).OutputSize);
    }
}
