using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// Constants shaped by the batch (a folded Shape gives 0 for it): torch's recurrent initial state is
/// ConstantOfShape(zeros) at opset 13 and Expand(zeros [1, batch, hidden]) at opset 11 with a fixed batch. They fold
/// to empty constants that stand for zeros, so a non-zero value over the batch (torch.full / torch.ones as h0) must be
/// refused rather than silently read as zeros (it was: a GRU with h0 = ones imported and ran from a zero state).
/// </summary>
public sealed class OnnxBatchSizedConstantTests
{
    private static OnnxModelBuilder BatchShaped(string op, float value)
    {
        var m = new OnnxModelBuilder(13, "h0").Input("x", 3).Output("y", 3)
            .Node("Shape", "shape", ["x"], "s")
            .InitInt64("zero", 0).InitInt64("one", 1).InitInt64("three", 3)
            .Node("Gather", "batch", ["s", "zero"], "n", ("axis", 0L))
            .Node("Concat", "dims", ["one", "n", "three"], "target", ("axis", 0L));
        if (op == "ConstantOfShape") m.Node("ConstantOfShape", "state", ["target"], "h", ("value", OnnxModelBuilder.FloatTensor("v", [1], [value])));
        else m.Init("fill", [1, 16, 3], Enumerable.Repeat(value, 48).ToArray()).Node("Expand", "state", ["fill", "target"], "h");
        return m.Node("Relu", "r", ["x"], "y");
    }

    [Theory]
    [InlineData("ConstantOfShape")]
    [InlineData("Expand")]
    public void ANonZeroValueOverTheBatch_IsOneErrorNamingTheNode(string op)
    {
        var e = Assert.Throws<ModelLoadException>(() => BatchShaped(op, 1f).Import());
        Assert.Contains("(node 'state')", e.Message);
        Assert.Contains("over the batch axis is not supported", e.Message);
    }

    /// <summary>Zeros fold (the fixed-batch Expand's baked-in 16 too) and the model imports.</summary>
    [Theory]
    [InlineData("ConstantOfShape")]
    [InlineData("Expand")]
    public void ZerosOverTheBatch_Fold(string op)
    {
        var g = BatchShaped(op, 0f).Import();
        Assert.Equal(new Shape(3), g.Outputs.Single().Shape);
    }

    [Fact]
    public void ExpandOfConstants_Broadcasts()
    {
        // [2, 1] expanded to [2, 3] is [[2, 2, 2], [-1, -1, -1]]; its first row scales layer data of shape [3].
        var g = new OnnxModelBuilder(13, "exp").Input("x", 3).Output("y", 3)
            .Init("col", [2, 1], [2f, -1f]).InitInt64("shape", 2, 3).InitInt64("zero", 0)
            .Node("Expand", "wide", ["col", "shape"], "c")
            .Node("Gather", "row0", ["c", "zero"], "r", ("axis", 0L))
            .Node("Mul", "scale", ["x", "r"], "y");
        MakeScalar(g, "zero");
        var bn = (Core.Ir.Ops.BatchNormOp)g.Import().Nodes.Single(n => n.Op is Core.Ir.Ops.BatchNormOp).Op;
        Assert.Equal(new[] { 2f, 2f, 2f }, bn.Scale.Data);
        var second = new OnnxModelBuilder(13, "exp1").Input("x", 3).Output("y", 3)
            .Init("col", [2, 1], [2f, -1f]).InitInt64("shape", 2, 3).InitInt64("one", 1)
            .Node("Expand", "wide", ["col", "shape"], "c")
            .Node("Gather", "row1", ["c", "one"], "r", ("axis", 0L))
            .Node("Mul", "scale", ["x", "r"], "y");
        MakeScalar(second, "one");
        var bn1 = (Core.Ir.Ops.BatchNormOp)second.Import().Nodes.Single(n => n.Op is Core.Ir.Ops.BatchNormOp).Op;
        Assert.Equal(new[] { -1f, -1f, -1f }, bn1.Scale.Data);
    }

    private static void MakeScalar(OnnxModelBuilder m, string name) => m.Graph.Initializer.First(t => t.Name == name).Dims.Clear();
}
