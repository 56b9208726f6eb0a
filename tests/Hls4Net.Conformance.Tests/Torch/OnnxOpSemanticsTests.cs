using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Tests.Onnx;
using Xunit.Abstractions;
using static Hls4Net.Conformance.Tests.Torch.OnnxPatternAgreement;

namespace Hls4Net.Conformance.Tests.Torch;

/// <summary>
/// Importer semantics checked against ONNX Runtime on the same hand-built model (float mode within 1e-5): Gemm with
/// every transA/transB/alpha/beta and the constant on either side, MatMul with the constant first, Div/Sub/Mul with
/// constants, folded shape and weight subgraphs, Squeeze/Unsqueeze by attribute and by input, Resize by sizes.
/// </summary>
public sealed class OnnxOpSemanticsTests : IDisposable
{
    private const int K = 5;
    private const int M = 3;
    private readonly OnnxPatternAgreement _agreement = new();
    private readonly ITestOutputHelper _output;

    public OnnxOpSemanticsTests(ITestOutputHelper output) => _output = output;

    public void Dispose() => _agreement.Dispose();

    private void AssertAgrees(OnnxModelBuilder m, string what)
    {
        var (max, graph) = _agreement.Measure(m);
        _output.WriteLine($"{what}: max |emulator float - ORT| = {max:E2}; layers: {string.Join(", ", graph.Nodes.Select(n => n.Op.Kind))}");
        Assert.True(max <= 1e-5, $"{what}: {max:E3}");
    }

    public static TheoryData<bool, int, int> GemmCases()
    {
        var data = new TheoryData<bool, int, int>();
        foreach (var constantB in new[] { true, false })
            foreach (var transA in new[] { 0, 1 })
                foreach (var transB in new[] { 0, 1 }) data.Add(constantB, transA, transB);
        return data;
    }

    /// <summary>
    /// Y = alpha·A'·B' + beta·C. With B constant the data is A (transposed first when transA); with A constant the data
    /// is B (transposed first unless transB) and Y [M, N] is transposed back to [N, M].
    /// </summary>
    [Theory]
    [MemberData(nameof(GemmCases))]
    public void Gemm_EveryTransposeAlphaBetaAndConstantSide_AgreesWithOnnxRuntime(bool constantB, int transA, int transB)
    {
        var m = new OnnxModelBuilder(13, $"gemm_{constantB}_{transA}_{transB}").Input("x", K);
        var attrs = new (string, object)[] { ("transA", (long)transA), ("transB", (long)transB), ("alpha", 0.75f), ("beta", -1.5f) };
        if (constantB)
        {
            var data = "x";
            if (transA == 1)
            {
                m.Node("Transpose", "xt", ["x"], "xt", ("perm", new long[] { 1, 0 }));
                data = "xt";
            }
            m.Init("B", transB == 1 ? [M, K] : [K, M], Weights(K * M, 1)).Init("C", [M], Weights(M, 2))
                .Node("Gemm", "gemm", [data, "B", "C"], "y", attrs).Output("y", M);
        }
        else
        {
            var data = "x";
            if (transB == 0)
            {
                m.Node("Transpose", "xt", ["x"], "xt", ("perm", new long[] { 1, 0 }));
                data = "xt";
            }
            m.Init("A", transA == 1 ? [K, M] : [M, K], Weights(K * M, 3)).Init("C", [M, 1], Weights(M, 4))
                .Node("Gemm", "gemm", ["A", data, "C"], "yt", attrs)
                .Node("Transpose", "back", ["yt"], "y", ("perm", new long[] { 1, 0 })).Output("y", M);
        }
        AssertAgrees(m, $"Gemm constantB={constantB} transA={transA} transB={transB}");
    }

    [Fact]
    public void MatMul_WithTheConstantFirst_AgreesWithOnnxRuntime()
    {
        var m = new OnnxModelBuilder(13, "matmul_left").Input("x", K)
            .Init("W", [M, K], Weights(K * M, 5)).Init("b", [M], Weights(M, 6))
            .Node("Transpose", "xt", ["x"], "xt", ("perm", new long[] { 1, 0 }))
            .Node("MatMul", "mm", ["W", "xt"], "mt")
            .Node("Transpose", "back", ["mt"], "m", ("perm", new long[] { 1, 0 }))
            .Node("Add", "bias", ["m", "b"], "y").Output("y", M);
        AssertAgrees(m, "MatMul(W, xT)");
    }

    [Fact]
    public void MatMul_WithTheConstantFirst_OnChannelsFirstData_AgreesWithOnnxRuntime()
    {
        // W[2,4] · x[N,4,3] mixes the channel axis: a MatMul over channels in channels-last transposes.
        var m = new OnnxModelBuilder(13, "matmul_channels").Input("x", 4, 3)
            .Init("W", [2, 4], Weights(8, 30))
            .Node("MatMul", "mm", ["W", "x"], "m")
            .Node("Flatten", "flat", ["m"], "y", ("axis", 1L)).Output("y", 6);
        AssertAgrees(m, "MatMul(W, x[N,4,3])");
    }

    [Fact]
    public void DivSubMul_WithConstants_OnImagesAndVectors_AgreeWithOnnxRuntime()
    {
        // x[4,3,5]: Div by a scalar, Sub of a per-channel [4,1,1], Mul of a last-axis [5] (constant first), constant − x.
        var m = new OnnxModelBuilder(13, "arith").Input("x", 4, 3, 5)
            .Init("two", [], [2.5f]).Init("mean", [4, 1, 1], Weights(4, 7)).Init("gain", [5], Positive(5, 8)).Init("one", [1], [1f])
            .Node("Div", "div", ["x", "two"], "d")
            .Node("Sub", "sub", ["d", "mean"], "s")
            .Node("Mul", "mul", ["gain", "s"], "g")
            .Node("Sub", "rsub", ["one", "g"], "r")
            .Node("Relu", "relu", ["r"], "a")
            .Node("Flatten", "flatten", ["a"], "y", ("axis", 1L)).Output("y", 60);
        AssertAgrees(m, "Div/Sub/Mul with constants");
    }

    [Fact]
    public void FoldedShapeAndWeightSubgraphs_NeverReachTheIr_AndAgreeWithOnnxRuntime()
    {
        // Reshape target from Shape → Slice → Concat; a bias from Range → Cast → Mul; a scale from ConstantOfShape;
        // a weight from Gather on a constant and Unsqueeze/Squeeze of constants.
        var fill = OnnxModelBuilder.FloatTensor("v", [1], [0.5f]);
        var m = new OnnxModelBuilder(13, "folding").Input("x", 2, 3)
            .InitInt64("zero", 0).InitInt64("one", 1).InitInt64("minus1", -1).InitInt64("six", 6).InitInt64("axes0", 0)
            .Init("start", [], [0f]).Init("limit", [], [6f]).Init("delta", [], [1f]).Init("tenth", [], [0.1f])
            .Init("table", [3, 6], Weights(18, 9)).InitInt64("row", 2)
            .Node("Shape", "shape", ["x"], "sh")
            .Node("Slice", "slice", ["sh", "zero", "one", "axes0"], "batch")
            .Node("Concat", "cat", ["batch", "minus1"], "target", ("axis", 0L))
            .Node("Reshape", "flat", ["x", "target"], "f")
            .Node("Range", "range", ["start", "limit", "delta"], "rg")
            .Node("Cast", "cast", ["rg"], "rgf", ("to", 1L))
            .Node("Mul", "scaled", ["rgf", "tenth"], "bias")
            .Node("Add", "add", ["f", "bias"], "a")
            .Node("ConstantOfShape", "cos", ["six"], "halves", ("value", fill))
            .Node("Mul", "half", ["a", "halves"], "h")
            .Node("Gather", "gather", ["table", "row"], "w")
            .Node("Unsqueeze", "unsq", ["w", "axes0"], "w2")
            .Node("Squeeze", "sq", ["w2", "axes0"], "w3")
            .Node("Add", "add2", ["h", "w3"], "y").Output("y", 6);
        AssertAgrees(m, "folded subgraphs");
        var graph = m.Import();
        Assert.DoesNotContain(graph.Nodes, n => n.Name is "shape" or "slice" or "cat" or "range" or "cast" or "scaled" or "cos" or "gather" or "unsq" or "sq");
    }

    [Theory]
    [InlineData(11)]
    [InlineData(13)]
    public void SqueezeAndUnsqueeze_ByAttributeOrInput_AreReshapes(int opset)
    {
        var m = new OnnxModelBuilder(opset, $"squeeze{opset}").Input("x", 6).InitInt64("a1", 1).InitInt64("a2", 2)
            .Init("w", [2, 1, 3], Weights(6, 10)).Init("g", [2], Positive(2, 11)).Init("b", [2], Weights(2, 12))
            .Init("mu", [2], Weights(2, 13)).Init("var", [2], Positive(2, 14));
        (string, object)[] Axes(long a) => opset < 13 ? [("axes", new[] { a })] : [];
        string[] In(string x, string axes) => opset < 13 ? [x] : [x, axes];
        m.Node("Unsqueeze", "unsq", In("x", "a1"), "u", Axes(1))
            .Node("Conv", "conv", ["u", "w"], "c", ("kernel_shape", new long[] { 3 }), ("pads", new long[] { 1, 1 }))
            .Node("Unsqueeze", "unsq2", In("c", "a2"), "c4", Axes(2))
            .Node("BatchNormalization", "bn", ["c4", "g", "b", "mu", "var"], "n")
            .Node("Squeeze", "sq", In("n", "a2"), "s", Axes(2))
            .Node("Flatten", "flat", ["s"], "y", ("axis", 1L)).Output("y", 12);
        AssertAgrees(m, $"Squeeze/Unsqueeze opset {opset}");
    }

    [Fact]
    public void LinearUnsqueezeBatchNormSqueeze_FusesIntoTheDense()
    {
        var m = new OnnxModelBuilder(13, "linear_bn").Input("x", 4).InitInt64("axes", -1)
            .Init("W", [6, 4], Weights(24, 15)).Init("B", [6], Weights(6, 16))
            .Init("g", [6], Positive(6, 17)).Init("b", [6], Weights(6, 18)).Init("mu", [6], Weights(6, 19)).Init("var", [6], Positive(6, 20))
            .Node("Gemm", "fc", ["x", "W", "B"], "h", ("transB", 1L))
            .Node("Unsqueeze", "unsq", ["h", "axes"], "u")
            .Node("BatchNormalization", "bn", ["u", "g", "b", "mu", "var"], "n")
            .Node("Squeeze", "sq", ["n", "axes"], "s")
            .Node("Relu", "relu", ["s"], "y").Output("y", 6);
        var (max, graph) = _agreement.Measure(m);
        Assert.True(max <= 1e-5, $"{max:E3}");
        Assert.Equal(["Dense", "Activation"], graph.Nodes.Select(n => n.Op.Kind == "Dense" ? "Dense" : n.Op is ActivationOp ? "Activation" : n.Op.Kind).ToArray());
    }

    [Fact]
    public void Resize_BySizes_AgreesWithOnnxRuntime()
    {
        // PyTorch's pattern: sizes = Concat(Shape(x)[0:2], [6, 9]), folded to a constant with the batch axis kept.
        var m = new OnnxModelBuilder(13, "resize_sizes").Input("x", 2, 3, 3).InitInt64("hw", 6, 9).InitInt64("s0", 0).InitInt64("s2", 2)
            .Node("Shape", "shape", ["x"], "sh")
            .Node("Slice", "nc", ["sh", "s0", "s2"], "nc")
            .Node("Concat", "sizes", ["nc", "hw"], "sizes", ("axis", 0L))
            .Node("Resize", "up", ["x", "", "", "sizes"], "u")
            .Node("Flatten", "flat", ["u"], "y", ("axis", 1L)).Output("y", 108);
        AssertAgrees(m, "Resize by sizes");
    }
}
