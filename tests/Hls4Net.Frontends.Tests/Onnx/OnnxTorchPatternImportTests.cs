using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>How PyTorch's export patterns land in the IR: folded shape subgraphs, reshapes, fused batch norms.</summary>
public sealed class OnnxTorchPatternImportTests
{
    private static readonly float[] One = [1f];

    [Fact]
    public void ViewBatchMinusOne_FoldsShapeGatherUnsqueezeConcat_IntoOneFlatten()
    {
        var m = new OnnxModelBuilder(13, "view").Input("x", 2, 3).Output("y", 6)
            .InitInt64("zero", 0).InitInt64("axes", 0).InitInt64("minus1", -1)
            .Node("Relu", "relu", ["x"], "r")
            .Node("Shape", "shape", ["r"], "s")
            .Node("Gather", "gather", ["s", "zero"], "n", ("axis", 0L))
            .Node("Unsqueeze", "unsq", ["n", "axes"], "n1")
            .Node("Concat", "cat", ["n1", "minus1"], "target", ("axis", 0L))
            .Node("Reshape", "view", ["r", "target"], "y");
        m.Graph.Initializer.First(t => t.Name == "zero").Dims.Clear(); // a scalar index, as torch writes it
        Assert.Equal("input x[2x3]\nrelu = Relu(x) -> [2x3]\nview = Flatten(r) -> [6]\noutputs y\n", m.Print());
    }

    [Fact]
    public void UnsqueezeOfTheBatchAxis_IsAnErrorNamingIt()
    {
        var m = new OnnxModelBuilder(11, "u").Input("x", 3).Output("y", 1, 3)
            .Node("Unsqueeze", "unsq0", ["x"], "y", ("axes", new long[] { 0 }));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("(node 'unsq0')", ex.Message);
        Assert.Contains("the batch axis (axis 0) must stay the first axis", ex.Message);
    }

    [Fact]
    public void FlattenAtAxis2_IsAReshapeOnlyWhenTheAxesBeforeAreOne()
    {
        var ok = new OnnxModelBuilder(13, "f").Input("x", 1, 6).Output("y", 6).Node("Flatten", "f2", ["x"], "y", ("axis", 2L));
        Assert.Equal("input x[1x6]\nf2 = Flatten(x) -> [6]\noutputs y\n", ok.Print());
        var bad = new OnnxModelBuilder(13, "g").Input("x", 2, 3).Output("y", 3).Node("Flatten", "f2", ["x"], "y", ("axis", 2L));
        Assert.Contains("would merge the batch axis", Assert.Throws<ModelLoadException>(() => bad.Import()).Message);
    }

    /// <summary>1x1 conv w=1, b=0.5; BN gamma 2, beta 1, mean 0.25, var 0, eps 0.25: scale 2/√0.25 = 4, shift 1 − 0.25·4 = 0, so w' = 4, b' = 2.</summary>
    [Fact]
    public void BatchNormalizationRightAfterConv_IsFusedIntoItsWeights()
    {
        var m = ConvBn(readConvTwice: false);
        var g = m.Import();
        Assert.DoesNotContain(g.Nodes, n => n.Op is BatchNormOp);
        var conv = (Conv2DOp)g.Nodes.Single(n => n.Op is Conv2DOp).Op;
        Assert.Equal(new[] { 4f }, conv.Weights.Data);
        Assert.Equal(new[] { 2f }, conv.Bias.Data);
    }

    [Fact]
    public void BatchNormalizationAfterAConvReadTwice_StaysStandalone()
    {
        var g = ConvBn(readConvTwice: true).Import();
        var conv = (Conv2DOp)g.Nodes.Single(n => n.Op is Conv2DOp).Op;
        Assert.Equal(new[] { 1f }, conv.Weights.Data);
        var bn = (BatchNormOp)g.Nodes.Single(n => n.Op is BatchNormOp).Op;
        Assert.Equal(new[] { 4f }, bn.Scale.Data);
        Assert.Equal(new[] { 0f }, bn.Shift.Data);
    }

    private static OnnxModelBuilder ConvBn(bool readConvTwice)
    {
        var m = new OnnxModelBuilder(13, "cbn").Input("x", 1, 2, 2)
            .Init("w", [1, 1, 1, 1], One).Init("b", [1], [0.5f])
            .Init("g", [1], [2f]).Init("beta", [1], One).Init("mu", [1], [0.25f]).Init("var", [1], [0f])
            .Node("Conv", "conv", ["x", "w", "b"], "c", ("kernel_shape", new long[] { 1, 1 }))
            .Node("BatchNormalization", "bn", ["c", "g", "beta", "mu", "var"], "n", ("epsilon", 0.25f));
        if (readConvTwice) m.Node("Add", "sum", ["n", "c"], "y");
        else m.Node("Relu", "relu", ["n"], "y");
        return m.Output("y", 1, 2, 2);
    }
}
