using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Onnx;

public class OnnxActivationTests
{
    private static OnnxModelBuilder Single(long opset, string op, params (string, object)[] attrs) =>
        new OnnxModelBuilder(opset, "act").Input("x", 4).Output("y", 4).Node(op, "act1", ["x"], "y", attrs);

    private static ActivationOp Act(OnnxModelBuilder m) => (ActivationOp)m.Import().Nodes[0].Op;

    [Theory]
    [InlineData("Relu", "Relu")]
    [InlineData("Sigmoid", "Sigmoid")]
    [InlineData("Tanh", "Tanh")]
    [InlineData("Softplus", "Softplus")]
    [InlineData("Softsign", "Softsign")]
    [InlineData("Selu", "Selu")]
    [InlineData("LeakyRelu", "LeakyRelu(alpha=0.01)")]
    [InlineData("Elu", "Elu(alpha=1)")]
    [InlineData("HardSigmoid", "HardSigmoid(alpha=0.2,beta=0.5)")]
    public void Defaults_FollowTheOnnxSpec(string op, string expected)
    {
        Assert.Equal($"input x[4]\nact1 = {expected}(x) -> [4]\noutputs y\n", Single(13, op).Print());
    }

    [Fact]
    public void GivenAlpha_IsReadAsTheDecimalTheAuthorWrote()
    {
        Assert.Equal(0.3, Act(Single(13, "LeakyRelu", ("alpha", 0.3f))).Alpha);
        var hs = Act(Single(13, "HardSigmoid", ("alpha", 0.1f), ("beta", 0.25f)));
        Assert.Equal((0.1, 0.25), (hs.Alpha, hs.Beta));
    }

    [Fact]
    public void Clip_Opset9_UsesAttributes()
    {
        var clip = Act(Single(9, "Clip", ("min", 0f), ("max", 6f)));
        Assert.Equal((ActivationKind.BoundedRelu, 0.0, 6.0), (clip.Function, clip.Min, clip.Max));
    }

    [Fact]
    public void Clip_Opset13_UsesOptionalConstantInputs()
    {
        var m = new OnnxModelBuilder(13, "clip").Input("x", 4).Output("y", 4)
            .Init("lo", [], [-1f]).Init("hi", [], [1.5f])
            .Node("Clip", "c", ["x", "lo", "hi"], "y");
        Assert.Equal("input x[4]\nc = BoundedRelu(min=-1,max=1.5)(x) -> [4]\noutputs y\n", m.Print());

        var onlyMax = new OnnxModelBuilder(13, "clip").Input("x", 4).Output("y", 4).Init("hi", [], [6f])
            .Node("Clip", "c", ["x", "", "hi"], "y");
        var op = Act(onlyMax);
        Assert.Equal((double.NegativeInfinity, 6.0), (op.Min, op.Max));
    }

    [Fact]
    public void Clip_Opset13_WithAttributes_IsAnUnsupportedAttribute()
    {
        var ex = Assert.Throws<ModelLoadException>(() => Single(13, "Clip", ("max", 6f)).Import());
        Assert.Equal("unsupported attribute 'max' of ONNX op 'Clip' (node 'act1') in model 'act.onnx'", ex.Message);
    }

    [Fact]
    public void Softmax_Opset11_DefaultAxis1_IsTheFeatureAxis()
    {
        Assert.Equal("input x[4]\nact1 = Softmax(x) -> [4]\noutputs y\n", Single(11, "Softmax").Print());
    }

    [Fact]
    public void Softmax_Opset11_Axis1OnRank3_IsOverTheFlattenedBlock()
    {
        // Before opset 13 axis 1 flattens [3, 4] into one row of 12: Reshape → Softmax → Reshape.
        var m = new OnnxModelBuilder(11, "sm").Input("x", 3, 4).Output("y", 3, 4).Node("Softmax", "sm", ["x"], "y");
        Assert.Equal("input x[3x4]\nsm_flatten = Reshape(12)(x) -> [12]\nsm = Softmax(sm_flatten) -> [12]\nsm_unflatten = Reshape(3x4)(sm) -> [3x4]\noutputs y\n", m.Print());
    }

    [Fact]
    public void Softmax_Opset13_DefaultIsLastAxis_Axis1OnRank3IsBetweenTransposes()
    {
        var ok = new OnnxModelBuilder(13, "sm").Input("x", 3, 4).Output("y", 3, 4).Node("Softmax", "sm", ["x"], "y");
        Assert.Equal("input x[3x4]\nsm = Softmax(x) -> [3x4]\noutputs y\n", ok.Print());
        var inner = new OnnxModelBuilder(13, "sm").Input("x", 3, 4).Output("y", 3, 4).Node("Softmax", "sm", ["x"], "y", ("axis", 1L));
        Assert.Equal("input x[3x4]\nsm_to_last = Transpose([1,0])(x) -> [4x3]\nsm = Softmax(sm_to_last) -> [4x3]\nsm_from_last = Transpose([1,0])(sm) -> [3x4]\noutputs y\n", inner.Print());
    }

    [Fact]
    public void Softmax_Axis0_IsAcrossTheBatch_AndRejected()
    {
        var ex = Assert.Throws<ModelLoadException>(() => Single(11, "Softmax", ("axis", 0L)).Import());
        Assert.Contains("attribute 'axis' of ONNX op 'Softmax' (node 'act1')", ex.Message);
    }

    [Fact]
    public void PRelu_PerFeatureSlope()
    {
        var m = new OnnxModelBuilder(13, "prelu").Input("x", 4).Output("y", 4)
            .Init("slope", [1, 4], [0.1f, 0.2f, 0.3f, 0.4f])
            .Node("PRelu", "p", ["x", "slope"], "y");
        Assert.Equal("input x[4]\np = PReLU(x) -> [4]\noutputs y\n", m.Print());
        var op = (PReluOp)m.Import().Nodes[0].Op;
        Assert.Equal(new float[] { 0.1f, 0.2f, 0.3f, 0.4f }, op.Alpha.Data);
        Assert.Equal(4, op.ParameterCount);
    }

    [Fact]
    public void PRelu_ComputedSlope_IsRejected()
    {
        var m = new OnnxModelBuilder().Input("x", 4).Input("s", 4).Output("y", 4).Node("PRelu", "p", ["x", "s"], "y");
        var ex = Assert.Throws<ModelLoadException>(() => m.Import());
        Assert.StartsWith("unsupported input 1 ('s') of ONNX op 'PRelu' (node 'p') in model 'test.onnx': the slope must be a constant", ex.Message);
    }

    [Fact]
    public void Selu_WithNonStandardAlpha_IsRejected()
    {
        Assert.Throws<ModelLoadException>(() => Single(13, "Selu", ("alpha", 2f)).Import());
    }
}
