using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Passes;

public class FoldMatMulBiasPassTests
{
    [Fact]
    public void MatMulFollowedByAddBecomesOneDense()
    {
        var g = WithInput(2, out var x);
        var mm = g.Add("mm", new MatMulOp(Tensor([2, 3], 1, 2, 3, 4, 5, 6)), x);
        var add = g.Add("add", new BiasAddOp(Tensor([3], 0.5f, -1, 2)), mm.Output);
        g.Add("relu", new ActivationOp(ActivationKind.Relu), add.Output);
        g.Outputs.Add(g.Nodes[^1].Output);

        var text = RunAndPrint(new FoldMatMulBiasPass(), g);

        Assert.Equal("input x[2]\nmm = Dense(2->3)(x) -> [3]\nrelu = Relu(add) -> [3]\noutputs relu\n", text);
        var dense = (DenseOp)g.Nodes[0].Op;
        Assert.Equal(new float[] { 0.5f, -1, 2 }, dense.Bias.Data);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, dense.Weights.Data);
    }

    [Fact]
    public void LoneMatMulGetsZeroBias()
    {
        var g = WithInput(2, out var x);
        var mm = g.Add("mm", new MatMulOp(Tensor([2, 1], 1, 2)), x);
        g.Outputs.Add(mm.Output);

        var text = RunAndPrint(new FoldMatMulBiasPass(), g);

        Assert.Equal("input x[2]\nmm = Dense(2->1)(x) -> [1]\noutputs mm\n", text);
        Assert.Equal(new float[] { 0 }, ((DenseOp)g.Nodes[0].Op).Bias.Data);
    }

    [Fact]
    public void MatMulWhoseOutputIsAlsoGraphOutputIsNotFolded()
    {
        var g = WithInput(2, out var x);
        var mm = g.Add("mm", new MatMulOp(Tensor([2, 1], 1, 2)), x);
        var add = g.Add("add", new BiasAddOp(Tensor([1], 3)), mm.Output);
        g.Outputs.Add(mm.Output);
        g.Outputs.Add(add.Output);

        var text = RunAndPrint(new FoldMatMulBiasPass(), g);

        Assert.Equal("input x[2]\nmm = Dense(2->1)(x) -> [1]\nadd = BiasAdd(mm) -> [1]\noutputs mm, add\n", text);
    }
}
