using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Passes;

public class FuseBatchNormPassTests
{
    [Fact]
    public void BatchNormAfterDenseIsFolded()
    {
        var g = WithInput(2, out var x);
        var fc = g.Add("fc", new DenseOp(Tensor([2, 2], 1, 2, 3, 4), Tensor([2], 1, -1)), x);
        var bn = g.Add("bn", new BatchNormOp(Tensor([2], 2, 0.5f), Tensor([2], 10, 20)), fc.Output);
        g.Outputs.Add(bn.Output);

        var text = RunAndPrint(new FuseBatchNormPass(), g);

        Assert.Equal("input x[2]\nfc = Dense(2->2)(x) -> [2]\noutputs bn\n", text);
        var dense = (DenseOp)g.Nodes[0].Op;
        // column 0 scaled by 2, column 1 by 0.5; bias b*scale + shift, computed by hand.
        Assert.Equal(new float[] { 2, 1, 6, 2 }, dense.Weights.Data);
        Assert.Equal(new float[] { 12, 19.5f }, dense.Bias.Data);
    }

    [Fact]
    public void BatchNormOnGraphInputStaysStandalone()
    {
        var g = WithInput(2, out var x);
        var bn = g.Add("bn", new BatchNormOp(Tensor([2], 2, 0.5f), Tensor([2], 10, 20)), x);
        g.Outputs.Add(bn.Output);

        var text = RunAndPrint(new FuseBatchNormPass(), g);

        Assert.Equal("input x[2]\nbn = BatchNormalization(x) -> [2]\noutputs bn\n", text);
    }

    [Fact]
    public void StatisticsAreFoldedIntoScaleAndShift()
    {
        var op = BatchNormOp.FromStatistics([2f], [1f], [3f], [4f - 1e-3f], 1e-3);
        // scale = 2/sqrt(4) = 1, shift = 1 - 3*1 = -2
        Assert.Equal(1f, op.Scale.Data[0], 6);
        Assert.Equal(-2f, op.Shift.Data[0], 6);
    }
}
