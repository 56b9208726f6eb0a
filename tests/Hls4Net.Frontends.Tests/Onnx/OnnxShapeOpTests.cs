using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Tests.Onnx;

public class OnnxShapeOpTests
{
    [Fact]
    public void Reshape_Opset13_ZeroCopiesBatch_MinusOneInfers()
    {
        var m = new OnnxModelBuilder(13, "r").Input("x", 12).Output("y", 3, 4)
            .InitInt64("shape", 0, 3, -1)
            .Node("Reshape", "r1", ["x", "shape"], "y");
        Assert.Equal("input x[12]\nr1 = Reshape(3x4)(x) -> [3x4]\noutputs y\n", m.Print());
    }

    [Fact]
    public void Reshape_FixedBatchOfOne_AndZeroCopyingAFeatureAxis()
    {
        var m = new OnnxModelBuilder(13, "r").Input("x", 2, 6).Output("y", 2, 3, 2)
            .InitInt64("shape", 1, 0, 3, 2)
            .Node("Reshape", "r1", ["x", "shape"], "y");
        Assert.Equal(new Shape(2, 3, 2), m.Import().Outputs[0].Shape);
    }

    [Fact]
    public void Reshape_Opset4_UsesShapeAttribute()
    {
        var m = new OnnxModelBuilder(4, "r").Input("x", 3, 4).Output("y", 12)
            .Node("Reshape", "r1", ["x"], "y", ("shape", new long[] { -1, 12 }));
        Assert.Equal("input x[3x4]\nr1 = Flatten(x) -> [12]\noutputs y\n", m.Print());
    }

    [Fact]
    public void Reshape_IntoRank1_MergesTheBatch_AndIsRejected()
    {
        var m = new OnnxModelBuilder(13, "r").Input("x", 12).Output("y", 12).InitInt64("shape", -1)
            .Node("Reshape", "r1", ["x", "shape"], "y");
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.Contains("(node 'r1') in model 'r.onnx'", ex.Message);
    }

    [Fact]
    public void Reshape_ToWrongSize_IsRejected()
    {
        var m = new OnnxModelBuilder(13, "r").Input("x", 12).Output("y", 5).InitInt64("shape", 0, 5)
            .Node("Reshape", "r1", ["x", "shape"], "y");
        Assert.Throws<ModelLoadException>(() => m.Import());
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(0L)]
    public void Flatten_Axis1_AndAxis0FromOldKerasExports_FlattenTheSample(long axis)
    {
        var m = new OnnxModelBuilder(9, "f").Input("x", 4, 2).Output("y", 8)
            .Node("Flatten", "flat", ["x"], "y", ("axis", axis));
        Assert.Equal("input x[4x2]\nflat = Flatten(x) -> [8]\noutputs y\n", m.Print());
    }

    [Fact]
    public void Flatten_Axis2_IsRejectedNamingAttribute()
    {
        var m = new OnnxModelBuilder(9, "f").Input("x", 4, 2).Output("y", 2).Node("Flatten", "flat", ["x"], "y", ("axis", 2L));
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("unsupported value 2 for attribute 'axis' of ONNX op 'Flatten' (node 'flat')", ex.Message);
    }

    [Fact]
    public void IdentityDropoutCast_BecomeIdentityOps_ConstantNodeFeedsAReshape()
    {
        var shape = new Hls4Net.Frontends.Onnx.Proto.TensorProto { DataType = 7, Name = "s" };
        shape.Dims.Add(2);
        shape.Int64Data.Add([-1, 4]);
        var m = new OnnxModelBuilder(13, "id").Input("x", 4).Output("y", 4)
            .Node("Identity", "", ["x"], "a")
            .Node("Dropout", "drop", ["a"], "b", ("ratio", 0.5f))
            .Node("Cast", "cast", ["b"], "c", ("to", 1L))
            .Node("Constant", "k", [], "shape", ("value", shape))
            .Node("Reshape", "r", ["c", "shape"], "y");
        Assert.Equal(
            // The Reshape to the shape the data already has adds no node; its output is the Cast's value.
            "input x[4]\na = Identity(x) -> [4]\ndrop = Identity(Dropout)(a) -> [4]\ncast = Identity(Cast)(b) -> [4]\noutputs y\n",
            m.Print());
    }

    [Fact]
    public void NodeNames_EmptyOrDuplicate_FallBackToOutputNames_AndAreUnique()
    {
        var m = new OnnxModelBuilder().Input("onnx::Gemm_0", 4).Output("y", 4)
            .Node("Relu", "", ["onnx::Gemm_0"], "r")
            .Node("Relu", "act", ["r"], "act")
            .Node("Relu", "act", ["act"], "y");
        var names = m.Import().Nodes.Select(n => n.Name).ToArray();
        Assert.Equal(new[] { "r", "act", "y" }, names);

        var clash = new OnnxModelBuilder().Input("x", 4).Output("z", 4)
            .Node("Relu", "a", ["x"], "b")
            .Node("Relu", "b", ["b"], "c")
            .Node("Relu", "a", ["c"], "b.2")
            .Node("Relu", "b", ["b.2"], "z");
        Assert.Equal(new[] { "a", "b", "b.2", "z" }, clash.Import().Nodes.Select(n => n.Name).ToArray());
    }
}
