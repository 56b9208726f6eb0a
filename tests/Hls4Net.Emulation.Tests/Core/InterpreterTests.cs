using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Ops;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>The interpreter's walk, input quantization, per-node overflow counters, tracing and errors.</summary>
public sealed class InterpreterTests
{
    /// <summary>x[3] (ap_fixed&lt;8,3,AP_RND,AP_SAT&gt;) -> dense 3->2 -> relu -> y.</summary>
    private static Graph TwoLayers()
    {
        var g = new Graph("two");
        var x = new Value("x", new Shape(3)) { Type = T("ap_fixed<8,3,AP_RND,AP_SAT>") };
        g.Inputs.Add(x);
        var dense = g.Add("fc", Dense(new float[,] { { 1f, -1f }, { 0.5f, 0f }, { 2f, 1f } }, [0f, 0.25f]), x);
        dense.Output.Type = T("ap_fixed<10,5>");
        dense.Precision = new LayerPrecision(Weight: T("ap_fixed<6,3>"), Bias: T("ap_fixed<4,2>"), Accum: T("ap_fixed<16,6>"));
        var relu = g.Add("act", new ActivationOp(ActivationKind.Relu), dense.Output);
        relu.Output.Type = T("ap_ufixed<8,4>");
        g.Outputs.Add(relu.Output);
        return g;
    }

    [Theory]
    // ap_fixed<8,3> AP_TRN (F = 5, codes -128..127): floor(x * 32), wrapping outside. Hand values.
    [InlineData("ap_fixed<8,3>", 0.1, 3, false)]            // 3.2 -> 3
    [InlineData("ap_fixed<8,3>", -0.1, -4, false)]          // -3.2 -> -4 (floor, not toward zero)
    [InlineData("ap_fixed<8,3>", -0.0, 0, false)]
    [InlineData("ap_fixed<8,3>", 3.96875, 127, false)]      // the largest code
    [InlineData("ap_fixed<8,3>", -4.0, -128, false)]        // the smallest code (the range's edge: the general path)
    [InlineData("ap_fixed<8,3>", 4.0, -128, true)]          // 128 wraps to -128
    [InlineData("ap_fixed<8,3,AP_TRN,AP_SAT>", 5.0, 127, true)]
    [InlineData("ap_fixed<8,3,AP_TRN,AP_SAT_SYM>", -4.0, -127, true)] // the minimum code is out of range for SAT_SYM
    [InlineData("ap_ufixed<8,3>", -0.03125, 255, true)]     // -1 wraps to 255
    [InlineData("ap_fixed<60,20>", 1e-12, 1, false)]        // wider than 53 bits: the general path, 1e-12 * 2^40 = 1.0995 -> 1
    public void TruncatingInputQuantizationIsTheFloorOfXTimes2ToTheF(string type, double x, long code, bool overflow)
    {
        var g = new Graph("q");
        var input = new Value("x", new Shape(1)) { Type = T(type) };
        g.Inputs.Add(input);
        var relu = g.Add("act", new ActivationOp(ActivationKind.Linear), input);
        relu.Output.Type = T(type);
        g.Outputs.Add(relu.Output);
        var result = new Interpreter(StandardOps.Create().Kernels()).Run(g, [x], 1);
        Assert.Equal([code], result.Inputs[0].Raw);
        Assert.Equal(overflow ? 1 : 0, result.InputOverflow[0].Overflows);
    }

    [Fact]
    public void QuantizesInputsAndRunsNodesInOrder()
    {
        var g = TwoLayers();
        // Sample 0: 0.1 -> 3.2 LSB rounds to 3; 10 saturates to 127; -0.03 -> -0.96 LSB rounds to -1.
        // Sample 1: [1, 1, -1] -> [32, 32, -32].
        var result = new Interpreter(StandardOps.Create().Kernels()).Run(g, [0.1, 10, -0.03, 1, 1, -1], 2, trace: true);
        Assert.Equal([3L, 127, -1, 32, 32, -32], result.Inputs[0].Raw);
        Assert.Equal(1, result.InputOverflow[0].Overflows);
        Assert.Equal(6, result.InputOverflow[0].Stores);
        // Dense (F = 5 in and out): y0 = x0 + 0.5 x1 + 2 x2, y1 = 0.25 - x0 + x2.
        // Sample 0: y0 = (3 + 63.5 - 2)/32 = 64.5/32 -> truncated at F = 5 to 64; y1 = (8 - 3 - 1)/32 = 4.
        // Sample 1: y0 = 1 + 0.5 - 2 = -0.5 -> -16; y1 = 0.25 - 1 - 1 = -1.75 -> -56.
        var fc = g.Nodes[0];
        Assert.Equal([64L, 4, -16, -56], result.Trace![fc].Raw);
        // ReLU into ap_ufixed<8,4> (F = 4): 2 -> 32, 0.125 -> 2, negatives -> 0.
        Assert.Equal([32L, 2, 0, 0], result.Outputs[0].Raw);
        Assert.Equal(result.Trace[g.Nodes[1]], result.Outputs[0]);
        Assert.Equal(2 * (2 + 5 + 2), result.Overflow[fc].Stores); // x0 == 0 nowhere, w[1][1] == 0 skipped
        Assert.Equal(0, result.Overflow[fc].Overflows);
        Assert.Equal(4, result.Overflow[g.Nodes[1]].Stores);
        Assert.Equal([2.0, 0.125, 0, 0], result.Outputs[0].ToDoubles());
    }

    [Fact]
    public void WithoutTracingOnlyOutputsAreKept()
    {
        var result = new Interpreter(StandardOps.Create().Kernels()).Run(TwoLayers(), [1, 1, -1], 1);
        Assert.Null(result.Trace);
        Assert.Equal([0L], result.Outputs[0].Raw.Take(1));
        Assert.Equal(2, result.Overflow.Count);
    }

    [Fact]
    public void TableAndReluActivationsResolveToTheirKernels()
    {
        var kernels = StandardOps.Create().Kernels();
        var sigmoid = Node(new ActivationOp(ActivationKind.Sigmoid), new Shape(2), "ap_fixed<8,3>", "ap_fixed<8,3>");
        var relu = Node(new ActivationOp(ActivationKind.Relu), new Shape(2), "ap_fixed<8,3>", "ap_fixed<8,3>");
        Assert.IsType<TableActivationKernel>(kernels.Resolve(sigmoid));
        Assert.IsType<ReluFamilyKernel>(kernels.Resolve(relu));
    }

    [Fact]
    public void MissingKernelNamesTheNode()
    {
        var g = new Graph("m");
        var x = new Value("x", new Shape(2)) { Type = T("ap_fixed<8,3>") };
        g.Inputs.Add(x);
        var mm = g.Add("matmul_1", new MatMulOp(new ConstTensor(new Shape(2, 2), [1, 0, 0, 1])), x);
        mm.Output.Type = T("ap_fixed<8,3>");
        g.Outputs.Add(mm.Output);
        var e = Assert.Throws<GraphException>(() => new Interpreter(StandardOps.Create().Kernels()).Run(g, [0, 0], 1));
        Assert.Contains("'matmul_1'", e.Message);
    }

    [Fact]
    public void UntypedInputIsAnError()
    {
        var g = TwoLayers();
        g.Inputs[0].Type = null;
        var e = Assert.Throws<GraphException>(() => new Interpreter(StandardOps.Create().Kernels()).Run(g, [0, 0, 0], 1));
        Assert.Contains("'x'", e.Message);
    }

    [Fact]
    public void WrongInputLengthIsAnError()
    {
        Assert.Throws<ArgumentException>(() => new Interpreter(StandardOps.Create().Kernels()).Run(TwoLayers(), [0, 0], 1));
    }

    [Fact]
    public void FloatInterpreterComputesTheSameGraphInDouble()
    {
        var g = TwoLayers();
        var sm = g.Add("sm", new SoftmaxOp(), g.Outputs[0]);
        g.Outputs[0] = sm.Output;
        var result = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(g, [0.1, 10, -0.03], 1, trace: true);
        // Dense: y0 = 0.1 + 5 - 0.06 = 5.04; y1 = 0.25 - 0.1 - 0.03 = 0.12 (weights/bias are floats, exact here except 0.1 inputs).
        var fc = result.Trace![g.Nodes[0]];
        Assert.Equal(5.04, fc[0], 12);
        Assert.Equal(0.12, fc[1], 12);
        var e = Math.Exp(0.12 - 5.04);
        Assert.Equal(1 / (1 + e), result.Outputs[0][0], 12);
        Assert.Equal(e / (1 + e), result.Outputs[0][1], 12);
    }

    [Theory]
    [InlineData(ActivationKind.Elu, -1.0, 1.5, 1.5 * (0.36787944117144233 - 1))]
    [InlineData(ActivationKind.Selu, 1.0, 0, 1.0507009873554805)]
    [InlineData(ActivationKind.Softsign, -3.0, 0, -0.75)]
    [InlineData(ActivationKind.HardSigmoid, 1.0, 0.2, 0.7)]
    [InlineData(ActivationKind.TernaryTanh, -0.5, 0, -1)]
    public void FloatActivations(ActivationKind kind, double x, double alpha, double expected)
    {
        var op = new ActivationOp(kind, alpha, kind == ActivationKind.HardSigmoid ? 0.5 : 0);
        Assert.Equal(expected, FloatOps.Activation(op, x), 12);
    }
}
