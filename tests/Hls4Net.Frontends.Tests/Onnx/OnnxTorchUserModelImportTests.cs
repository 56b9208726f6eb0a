using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// Patterns of the tests/fixtures/torch user models that the importer refused before: MaxPool2d(ceil_mode=True),
/// x.mean / torch.amax over the particles of a Deep Sets model or the spatial axes of a CNN (ReduceMean / ReduceMax)
/// nn.Hardswish at opset 14+ (HardSwish), -x (Neg), x.pow(2) (Pow) and fc(x).squeeze(-1) (a [N] output). Expected
/// values are worked out by hand in each test.
/// </summary>
public sealed class OnnxTorchUserModelImportTests
{
    private static ModelLoadException Fails(OnnxModelBuilder m) => Assert.Throws<ModelLoadException>(() => m.Import());

    /// <summary>5x5, 2x2 stride 2, ceil: ceil(3/2)+1 = 3 outputs per axis, the last window overhangs by 1.</summary>
    [Fact]
    public void CeilModeMaxPool_IsFloorPoolingWithOneMoreEndPad()
    {
        var g = new OnnxModelBuilder(13, "ceil").Input("x", 1, 5, 5).Output("y", 1, 3, 3)
            .Node("MaxPool", "ceil_pool", ["x"], "y", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }), ("ceil_mode", 1L))
            .Import();
        var pool = (Pool2DOp)g.Nodes.Single(n => n.Op is Pool2DOp).Op;
        Assert.Equal(new Padding2D(0, 1, 0, 1), pool.Padding);
        Assert.Equal(new Shape(1, 3, 3), g.Outputs.Single().Shape);
    }

    /// <summary>
    /// Length 5, kernel 3, stride 3, pads 1/1: ceil(4/3)+1 = 3, but window 3 would start at 6 = 5 + 1, in the end
    /// padding, so PyTorch (and ONNX Runtime) drop it: 2 outputs, no extra pad (torch.nn.MaxPool1d gives length 2).
    /// </summary>
    [Fact]
    public void CeilModeWindowStartingInTheEndPadding_IsDropped()
    {
        var g = new OnnxModelBuilder(13, "ceil1d").Input("x", 2, 5).Output("y", 2, 2)
            .Node("MaxPool", "p", ["x"], "y", ("kernel_shape", new long[] { 3 }), ("strides", new long[] { 3 }), ("pads", new long[] { 1, 1 }), ("ceil_mode", 1L))
            .Import();
        var pool = (Pool1DOp)g.Nodes.Single(n => n.Op is Pool1DOp).Op;
        Assert.Equal((1, 1), (pool.PadLeft, pool.PadRight));
        Assert.Equal(new Shape(2, 2), g.Outputs.Single().Shape);
    }

    [Fact]
    public void CeilModeAverageThatCountsPaddingAndOverhangs_IsRefusedNamingTheNode()
    {
        var m = new OnnxModelBuilder(13, "ceilavg").Input("x", 1, 5, 5).Output("y", 1, 3, 3)
            .Node("AveragePool", "avg_ceil", ["x"], "y", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }),
                ("ceil_mode", 1L), ("count_include_pad", 1L));
        var e = Fails(m);
        Assert.Contains("(node 'avg_ceil')", e.Message);
        Assert.Contains("ceil_mode", e.Message);
        Assert.Contains("count_include_pad", e.Message);
    }

    [Fact]
    public void CeilModeAverageThatDoesNotCountPadding_IsImported()
    {
        var g = new OnnxModelBuilder(13, "ceilavg0").Input("x", 1, 5, 5).Output("y", 1, 3, 3)
            .Node("AveragePool", "avg_ceil", ["x"], "y", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }), ("ceil_mode", 1L))
            .Import();
        var pool = (Pool2DOp)g.Nodes.Single(n => n.Op is Pool2DOp).Op;
        Assert.False(pool.CountIncludePad);
        Assert.Equal(new Padding2D(0, 1, 0, 1), pool.Padding);
    }

    /// <summary>Deep Sets: [N, 6 particles, 4 features], mean over axis 1 (keepdims 0) is global pooling of a channels-last value.</summary>
    [Theory]
    [InlineData("ReduceMean", PoolKind.Average)]
    [InlineData("ReduceMax", PoolKind.Max)]
    public void ReduceOverTheParticles_IsGlobalPoolingOfTheFeatures(string opType, PoolKind kind)
    {
        var g = new OnnxModelBuilder(13, "sets").Input("x", 6, 4).Output("y", 4)
            .Node(opType, "reduce", ["x"], "y", ("axes", new long[] { 1 }), ("keepdims", 0L))
            .Import();
        var node = g.Nodes.Single(n => n.Op is GlobalPoolOp);
        Assert.Equal(kind, ((GlobalPoolOp)node.Op).Pool);
        Assert.Equal(new Shape(6, 4), node.Inputs[0].Shape); // no transpose: the features are the channels
        Assert.Equal(new Shape(4), g.Outputs.Single().Shape);
    }

    /// <summary>x.mean(dim=(2, 3), keepdim=True) of [N, 3, 4, 5]: [3, 1, 1]; axes given as negative numbers too.</summary>
    [Fact]
    public void ReduceMeanOverTheSpatialAxes_IsGlobalAveragePoolingKeepingDims()
    {
        var g = new OnnxModelBuilder(13, "gap").Input("x", 3, 4, 5).Output("y", 3, 1, 1)
            .Node("ReduceMean", "mean", ["x"], "y", ("axes", new long[] { -1, 2 }))
            .Import();
        var node = g.Nodes.Single(n => n.Op is GlobalPoolOp);
        Assert.Equal(PoolKind.Average, ((GlobalPoolOp)node.Op).Pool);
        Assert.Equal(new Shape(4, 5, 3), node.Inputs[0].Shape); // moved to channels-last first
        Assert.Equal(new Shape(3, 1, 1), g.Outputs.Single().Shape);
    }

    /// <summary>Opset 18 gives the axes as a constant input.</summary>
    [Fact]
    public void ReduceMeanAxesFromAConstantInput_AreRead()
    {
        var g = new OnnxModelBuilder(18, "gap18").Input("x", 2, 7).Output("y", 2)
            .InitInt64("axes", 2)
            .Node("ReduceMean", "mean", ["x", "axes"], "y", ("keepdims", 0L))
            .Import();
        Assert.Single(g.Nodes, n => n.Op is GlobalPoolOp);
        Assert.Equal(new Shape(2), g.Outputs.Single().Shape);
    }

    [Theory]
    [InlineData(new long[] { 0 }, "batch axis")]
    [InlineData(new long[] { 0, 1 }, "batch axis")]
    [InlineData(new long[] { 2 }, "every axis but the channels")]
    [InlineData(new long[0], "every axis")]
    public void ReduceOverOtherAxes_IsOneErrorNamingTheNode(long[] axes, string expected)
    {
        var m = new OnnxModelBuilder(13, "bad").Input("x", 3, 4, 5).Output("y", 1)
            .Node("ReduceMean", "odd_mean", ["x"], "y", ("axes", axes), ("keepdims", 0L));
        var e = Fails(m);
        Assert.Contains("(node 'odd_mean')", e.Message);
        Assert.Contains(expected, e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void ReduceOfAFlatVector_IsRefused()
    {
        var m = new OnnxModelBuilder(13, "flat").Input("x", 5).Output("y", 1)
            .Node("ReduceMax", "all_max", ["x"], "y", ("axes", new long[] { 1 }));
        Assert.Contains("(node 'all_max')", Fails(m).Message);
    }

    /// <summary>HardSwish(x) = x · HardSigmoid(x) with alpha 1/6, beta 1/2 (the ONNX definition).</summary>
    [Fact]
    public void HardSwish_IsHardSigmoidTimesItsInput()
    {
        var g = new OnnxModelBuilder(14, "hs").Input("x", 3).Output("y", 3)
            .Node("HardSwish", "hswish", ["x"], "y")
            .Import();
        var gate = g.Nodes.Single(n => n.Op is ActivationOp);
        var act = (ActivationOp)gate.Op;
        Assert.Equal(ActivationKind.HardSigmoid, act.Function);
        Assert.Equal(1.0 / 6.0, act.Alpha, 12);
        Assert.Equal(0.5, act.Beta, 12);
        var mul = g.Nodes.Single(n => n.Op is ElementwiseOp);
        Assert.Equal(ElementwiseKind.Mul, ((ElementwiseOp)mul.Op).Operation);
        Assert.Equal("x", mul.Inputs[0].Name);
        Assert.Same(gate.Output, mul.Inputs[1]);
        Assert.Equal("hswish", mul.Name);
    }

    /// <summary>fc(x).squeeze(-1) of a [N, 1] head: [N], one value per sample, kept as per-sample shape [1] (opset 11 axes attribute, 13 input).</summary>
    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void SqueezeOfTheLastAxisOfAOneValueHead_KeepsOneValuePerSample(int opset)
    {
        var m = new OnnxModelBuilder(opset, "head").Input("x", 1).Output("y").Node("Sigmoid", "sig", ["x"], "r");
        if (opset >= 13) m.InitInt64("axes", -1).Node("Squeeze", "sq", ["r", "axes"], "y");
        else m.Node("Squeeze", "sq", ["r"], "y", ("axes", new long[] { -1 }));
        var g = m.Import();
        Assert.Equal(new Shape(1), g.Outputs.Single().Shape);
        Assert.Single(g.Nodes, n => n.Op is ActivationOp);
    }

    [Fact]
    public void SqueezeOfTheBatchAxis_IsStillRefused()
    {
        var m = new OnnxModelBuilder(11, "b").Input("x", 1).Output("y", 1)
            .Node("Squeeze", "sq0", ["x"], "y", ("axes", new long[] { 0 }));
        var e = Fails(m);
        Assert.Contains("(node 'sq0')", e.Message);
        Assert.Contains("'axes'", e.Message);
    }

    /// <summary>-x is a scale of -1 and shift 0 on each of the 3 features.</summary>
    [Fact]
    public void NegOfLayerData_IsAScaleOfMinusOne()
    {
        var g = new OnnxModelBuilder(13, "neg").Input("x", 3).Output("y", 3)
            .Node("Relu", "r", ["x"], "h").Node("Neg", "minus", ["h"], "y")
            .Import();
        var bn = (BatchNormOp)g.Nodes.Single(n => n.Op is BatchNormOp).Op;
        Assert.Equal(new[] { -1f, -1f, -1f }, bn.Scale.Data);
        Assert.Equal(new[] { 0f, 0f, 0f }, bn.Shift.Data);
    }

    [Fact]
    public void PowByTwo_IsTheProductOfTheInputWithItself()
    {
        var g = new OnnxModelBuilder(13, "sq").Input("x", 4).Output("y", 4).Init("two", [], [2f])
            .Node("Pow", "square", ["x", "two"], "y")
            .Import();
        var node = g.Nodes.Single(n => n.Op is ElementwiseOp);
        Assert.Equal(ElementwiseKind.Mul, ((ElementwiseOp)node.Op).Operation);
        Assert.Equal(2, node.Inputs.Count);
        Assert.All(node.Inputs, v => Assert.Equal("x", v.Name));
    }

    [Theory]
    [InlineData(3f)]
    [InlineData(0.5f)]
    public void PowByAnotherExponent_IsRefusedNamingTheNode(float exponent)
    {
        var m = new OnnxModelBuilder(13, "cube").Input("x", 4).Output("y", 4).Init("e", [], [exponent])
            .Node("Pow", "odd_pow", ["x", "e"], "y");
        var e = Fails(m);
        Assert.Contains("(node 'odd_pow')", e.Message);
        Assert.Contains("exponent", e.Message);
    }

    [Fact]
    public void PowByAComputedExponent_IsRefusedNamingTheNode()
    {
        var m = new OnnxModelBuilder(13, "cpow").Input("x", 4).Input("e", 4).Output("y", 4)
            .Node("Pow", "data_pow", ["x", "e"], "y");
        Assert.Contains("(node 'data_pow')", Fails(m).Message);
    }

    /// <summary>seq[:, -1] of [N, 5 steps, 4 features]: step 4 cropped (4 before, 0 after), the step axis dropped: [4].</summary>
    [Fact]
    public void GatherOfTheLastStepOfLayerData_IsACropThatDropsTheAxis()
    {
        var g = new OnnxModelBuilder(13, "last").Input("x", 5, 4).Output("y", 4).InitInt64("minus1", -1)
            .Node("Gather", "last_step", ["x", "minus1"], "y", ("axis", 1L));
        g.Graph.Initializer.First(t => t.Name == "minus1").Dims.Clear(); // a scalar index, as torch writes it
        var graph = g.Import();
        var crop = (CropOp)graph.Nodes.Single(n => n.Op is CropOp).Op;
        Assert.Equal(new[] { 4 }, crop.Before.ToArray());
        Assert.Equal(new[] { 0 }, crop.After.ToArray());
        Assert.Equal(new Shape(4), graph.Outputs.Single().Shape);
    }

    /// <summary>x[:, :, 3] of [N, 6, 4]: the last axis is moved to the front, position 3 cropped (3 before, 0 after), moved back, dropped: [6].</summary>
    [Fact]
    public void GatherAlongTheLastAxis_CropsThroughATranspose()
    {
        var g = new OnnxModelBuilder(13, "feat").Input("x", 6, 4).Output("y", 6).InitInt64("three", 3)
            .Node("Gather", "feature3", ["x", "three"], "y", ("axis", 2L));
        g.Graph.Initializer.First(t => t.Name == "three").Dims.Clear();
        var graph = g.Import();
        var crop = graph.Nodes.Single(n => n.Op is CropOp);
        Assert.Equal(new Shape(4, 6), crop.Inputs[0].Shape);
        Assert.Equal(new[] { 3 }, ((CropOp)crop.Op).Before.ToArray());
        Assert.Equal(new Shape(6), graph.Outputs.Single().Shape);
    }

    /// <summary>A one-element index list keeps the axis: [N, 5, 4] gathered at [2] along axis 1 is [1, 4].</summary>
    [Fact]
    public void GatherWithAOneElementIndexList_KeepsTheAxis()
    {
        var graph = new OnnxModelBuilder(13, "keep").Input("x", 5, 4).Output("y", 1, 4).InitInt64("two", 2)
            .Node("Gather", "step2", ["x", "two"], "y", ("axis", 1L)).Import();
        Assert.Equal(new Shape(1, 4), graph.Outputs.Single().Shape);
        Assert.Equal(new[] { 2 }, ((CropOp)graph.Nodes.Single(n => n.Op is CropOp).Op).Before.ToArray());
    }

    [Theory]
    [InlineData(0L, new long[] { 1 }, "non-batch axis")]
    [InlineData(1L, new long[] { 5 }, "outside axis 1 of size 5")]
    [InlineData(1L, new long[] { 0, 1 }, "only one constant index")]
    public void GatherOfLayerDataThatIsNotOnePosition_IsRefusedNamingTheNode(long axis, long[] index, string expected)
    {
        var m = new OnnxModelBuilder(13, "bad").Input("x", 5, 4).Output("y", 4).InitInt64("i", index)
            .Node("Gather", "odd_gather", ["x", "i"], "y", ("axis", axis));
        var e = Fails(m);
        Assert.Contains("(node 'odd_gather')", e.Message);
        Assert.Contains(expected, e.Message);
    }

    /// <summary>x[:, 1:4] of [N, 6]: viewed as [6, 1], cropped 1 before and 2 after, back to [3].</summary>
    [Fact]
    public void SliceOfAFeatureVector_IsACropOfItsColumnView()
    {
        var graph = new OnnxModelBuilder(13, "feat").Input("x", 6).Output("y", 3)
            .InitInt64("starts", 1).InitInt64("ends", 4).InitInt64("axes", 1)
            .Node("Slice", "some_features", ["x", "starts", "ends", "axes"], "y").Import();
        var crop = graph.Nodes.Single(n => n.Op is CropOp);
        Assert.Equal(new Shape(6, 1), crop.Inputs[0].Shape);
        Assert.Equal(new[] { 1 }, ((CropOp)crop.Op).Before.ToArray());
        Assert.Equal(new[] { 2 }, ((CropOp)crop.Op).After.ToArray());
        Assert.Equal(new Shape(3), graph.Outputs.Single().Shape);
    }

    /// <summary>x[:, :, 1:3] of [N, 6, 4] at opset 9 (attributes), ends past the end clamped: [6, 2].</summary>
    [Fact]
    public void SliceOfTheLastAxis_WithAttributes_CropsThroughATranspose()
    {
        var graph = new OnnxModelBuilder(9, "last").Input("x", 6, 4).Output("y", 6, 2)
            .Node("Slice", "cols", ["x"], "y", ("starts", new long[] { 1 }), ("ends", new long[] { 3 }), ("axes", new long[] { 2 })).Import();
        Assert.Equal(new Shape(6, 2), graph.Outputs.Single().Shape);
        var crop = (CropOp)graph.Nodes.Single(n => n.Op is CropOp).Op;
        Assert.Equal(new[] { 1 }, crop.Before.ToArray());
        Assert.Equal(new[] { 1 }, crop.After.ToArray());
    }

    [Theory]
    [InlineData(new long[] { 0 }, new long[] { 1 }, new long[] { 0 }, new long[] { 1 }, "batch axis")]
    [InlineData(new long[] { 0 }, new long[] { 6 }, new long[] { 1 }, new long[] { 2 }, "step 2")]
    [InlineData(new long[] { 4 }, new long[] { 2 }, new long[] { 1 }, new long[] { 1 }, "is empty")]
    public void SliceOfLayerDataThatIsNotAContiguousRange_IsRefusedNamingTheNode(long[] starts, long[] ends, long[] axes, long[] steps, string expected)
    {
        var m = new OnnxModelBuilder(13, "bad").Input("x", 6).Output("y", 3)
            .InitInt64("s", starts).InitInt64("e", ends).InitInt64("a", axes).InitInt64("st", steps)
            .Node("Slice", "odd_slice", ["x", "s", "e", "a", "st"], "y");
        var e = Fails(m);
        Assert.Contains("(node 'odd_slice')", e.Message);
        Assert.Contains(expected, e.Message);
    }

    private static OnnxModelBuilder SoftsignChain(float constant, bool absReadTwice = false, bool constantFirst = false)
    {
        var m = new OnnxModelBuilder(13, "softsign").Input("x", 3).Output("y", 3).Init("c", [], [constant])
            .Node("Abs", "/Abs", ["x"], "a")
            .Node("Add", "/Add", constantFirst ? ["c", "a"] : ["a", "c"], "d")
            .Node("Div", "/Div", ["x", "d"], absReadTwice ? "q" : "y");
        if (absReadTwice) m.Node("Add", "/Add_1", ["q", "a"], "y");
        return m;
    }

    /// <summary>torch's softsign x / (1 + |x|) is one Softsign activation named after the Div.</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AbsAddOneDiv_IsOneSoftsign(bool constantFirst)
    {
        var g = SoftsignChain(1f, constantFirst: constantFirst).Import();
        var node = Assert.Single(g.Nodes);
        Assert.Equal(ActivationKind.Softsign, ((ActivationOp)node.Op).Function);
        Assert.Equal("/Div", node.Name);
        Assert.Equal("x", node.Inputs[0].Name);
    }

    [Fact]
    public void AbsAddTwoDiv_IsNotASoftsign_AndTheAbsIsNamed()
    {
        var e = Fails(SoftsignChain(2f));
        Assert.Contains("'Abs' (node '/Abs')", e.Message);
    }

    [Fact]
    public void AnAbsReadOutsideThePattern_IsNotFused()
    {
        var e = Fails(SoftsignChain(1f, absReadTwice: true));
        Assert.Contains("'Abs' (node '/Abs')", e.Message);
    }

    /// <summary>torch.split(x, [2, 4], dim=1) of [N, 6]: crops [0, 2) and [2, 6) of the column view, each read by a Relu.</summary>
    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void SplitWithSizes_IsOneCropPerOutput(int opset)
    {
        var m = new OnnxModelBuilder(opset, "split").Input("x", 6).Output("p", 2).Output("q", 4);
        if (opset >= 13) m.InitInt64("sizes", 2, 4).Graph.Node.Add(SplitNode(["x", "sizes"], 1));
        else m.Graph.Node.Add(SplitNode(["x"], 1, new long[] { 2, 4 }));
        m.Node("Relu", "rp", ["a"], "p").Node("Relu", "rq", ["b"], "q");
        var g = m.Import();
        var crops = g.Nodes.Where(n => n.Op is CropOp).Select(n => (CropOp)n.Op).ToList();
        Assert.Equal(2, crops.Count);
        Assert.Equal((0, 4), (crops[0].Before[0], crops[0].After[0]));
        Assert.Equal((2, 0), (crops[1].Before[0], crops[1].After[0]));
        Assert.Equal([new Shape(2), new Shape(4)], g.Outputs.Select(o => o.Shape).ToArray());
    }

    /// <summary>torch.chunk(x, 2, dim=1) at opset 9: no sizes, equal parts.</summary>
    [Fact]
    public void SplitWithoutSizes_CutsEqualParts()
    {
        var m = new OnnxModelBuilder(9, "chunk").Input("x", 6).Output("p", 3).Output("q", 3);
        m.Graph.Node.Add(SplitNode(["x"], 1));
        m.Node("Relu", "rp", ["a"], "p").Node("Relu", "rq", ["b"], "q");
        Assert.Equal([new Shape(3), new Shape(3)], m.Import().Outputs.Select(o => o.Shape).ToArray());
    }

    [Theory]
    [InlineData(0L, new long[] { 3, 3 }, "non-batch axis")]
    [InlineData(1L, new long[] { 2, 3 }, "do not cut axis 1 of size 6")]
    public void SplitThatIsNotACutOfAFeatureAxis_IsRefusedNamingTheNode(long axis, long[] sizes, string expected)
    {
        var m = new OnnxModelBuilder(11, "bad").Input("x", 6).Output("p", 3).Output("q", 3);
        m.Graph.Node.Add(SplitNode(["x"], axis, sizes));
        m.Node("Relu", "rp", ["a"], "p").Node("Relu", "rq", ["b"], "q");
        var e = Fails(m);
        Assert.Contains("(node 'cut')", e.Message);
        Assert.Contains(expected, e.Message);
    }

    private static Frontends.Onnx.Proto.NodeProto SplitNode(string[] inputs, long axis, long[]? sizes = null)
    {
        var n = new OnnxModelBuilder().Node("Split", "cut", inputs, "a", ("axis", axis)).Graph.Node[0];
        n.Output.Add("b");
        if (sizes is not null)
        {
            n.Attribute.Add(new Frontends.Onnx.Proto.AttributeProto { Name = "split", Type = Frontends.Onnx.Proto.AttributeProto.Types.AttributeType.Ints, Ints = { sizes } });
        }
        return n;
    }
}
