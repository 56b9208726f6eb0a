using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Passes;

public class RemoveIdentityPassTests
{
    [Fact]
    public void IdentityAndDropoutAreRemovedAndOutputNameKept()
    {
        var g = WithInput(2, out var x);
        var fc = g.Add("fc", new DenseOp(Tensor([2, 1], 1, 1), Tensor([1], 0)), x);
        var drop = g.Add("drop", new IdentityOp("Dropout"), fc.Output);
        var id = g.Add("out", new IdentityOp(), drop.Output);
        g.Outputs.Add(id.Output);

        var text = RunAndPrint(new RemoveIdentityPass(), g);

        Assert.Equal("input x[2]\nfc = Dense(2->1)(x) -> [1]\noutputs out\n", text);
    }

    [Fact]
    public void LinearActivationAfterDenseIsMerged()
    {
        var g = WithInput(2, out var x);
        var lin0 = g.Add("lin0", new ActivationOp(ActivationKind.Linear), x);
        var fc = g.Add("fc", new DenseOp(Tensor([2, 1], 1, 1), Tensor([1], 0)), lin0.Output);
        var lin = g.Add("lin", new ActivationOp(ActivationKind.Linear), fc.Output);
        g.Outputs.Add(lin.Output);

        var text = RunAndPrint(new MergeLinearActivationPass(), g);

        Assert.Equal("input x[2]\nlin0 = Linear(x) -> [2]\nfc = Dense(2->1)(lin0) -> [1]\noutputs lin\n", text);
    }
}
