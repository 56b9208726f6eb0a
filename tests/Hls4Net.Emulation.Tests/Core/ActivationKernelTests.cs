using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>ReLU-family, PReLU, BatchNorm and Flatten kernels on hand-computed raw codes.</summary>
public sealed class ActivationKernelTests
{
    // Inputs in ap_fixed<8,3> (F = 5): -4, -1, -0.5, -1/32, 0, 1/32, 0.5, 1, 3.96875.
    private static readonly long[] Xs = [-128, -32, -16, -1, 0, 1, 16, 32, 127];

    private static long[] Act(ActivationOp op, string result, string? weight = null, OverflowCounter? counter = null)
    {
        var node = Node(op, new Shape(Xs.Length), "ap_fixed<8,3>", result);
        if (weight is not null) node.Precision = new LayerPrecision(Weight: T(weight));
        return Run(node, Xs, counter).Raw;
    }

    [Fact]
    public void ReluToUnsignedNarrowerType()
    {
        // ap_ufixed<4,2>: F = 2, max 3.75; 1/32 truncates to 0; 3.96875 -> 15.875 LSB truncates to 15.
        Assert.Equal([0L, 0, 0, 0, 0, 0, 2, 4, 15], Act(new ActivationOp(ActivationKind.Relu), "ap_ufixed<4,2>"));
    }

    [Fact]
    public void LeakyReluUsesAlphaInTheWeightType()
    {
        // alpha = 0.3 in ap_fixed<4,1> (F = 3): 2.4 LSB truncates to 2 = 0.25. Negative x * 0.25 into ap_fixed<10,4,AP_RND> (F = 6).
        var y = Act(new ActivationOp(ActivationKind.LeakyRelu, alpha: 0.3), "ap_fixed<10,4,AP_RND>", "ap_fixed<4,1>");
        // -4*0.25 = -1 -> -64; -0.25 -> -16; -0.125 -> -8; -1/128 = -0.5 LSB -> AP_RND rounds up to 0; positives x*2.
        Assert.Equal([-64L, -16, -8, 0, 0, 2, 32, 64, 254], y);
    }

    [Fact]
    public void BoundedReluClampsToBoundsInResultType()
    {
        // Clip(min=-0.7, max=0.9) into ap_fixed<6,2> (F = 4): min -> -11.2 LSB floors to -12 (-0.75), max -> 14.4 floors to 14.
        var y = Act(new ActivationOp(ActivationKind.BoundedRelu, min: -0.7, max: 0.9), "ap_fixed<6,2>");
        // -4, -1 < -0.75 -> -12; -0.5 -> -8; -1/32 -> -0.5 LSB floors to -1; 0; 1/32 -> 0; 0.5 -> 8; 1, 3.97 > 0.875 -> 14.
        Assert.Equal([-12L, -12, -8, -1, 0, 0, 8, 14, 14], y);
    }

    [Fact]
    public void BoundedReluWithoutUpperBound()
    {
        var y = Act(new ActivationOp(ActivationKind.BoundedRelu, min: 0), "ap_fixed<8,3>");
        Assert.Equal([0L, 0, 0, 0, 0, 1, 16, 32, 127], y);
    }

    [Fact]
    public void HardSigmoidByHand()
    {
        // alpha 0.2 -> ap_fixed<8,1> (F = 7): 25.6 LSB -> 25; beta 0.5 -> 64. v = (25*x_raw*4 + 64*128) / 4096 ... per x:
        // x = 1: v = 25/128 + 0.5 = 0.6953125 -> ap_ufixed<8,1> (F = 7) 89; x = 3.96875: 0.775 + 0.5 > 1 -> 1 = 128;
        // x = -4: 0.5 - 0.78125 < 0 -> 0; x = -1: 0.3046875 -> 39; x = -0.5: 0.40234375 -> 51.5 LSB truncates to 51;
        // x = -1/32: 0.5 - 25/4096 -> 63.22 -> 63; x = 0: 64; x = 1/32: 64.78 -> 64; x = 0.5: 76.5 -> 76.
        var y = Act(new ActivationOp(ActivationKind.HardSigmoid, alpha: 0.2, beta: 0.5), "ap_ufixed<8,1>", "ap_fixed<8,1>");
        Assert.Equal([0L, 39, 51, 63, 64, 64, 76, 89, 128], y);
    }

    [Fact]
    public void HardSigmoidOneOverflowsASigned1IntBitResult()
    {
        var counter = new OverflowCounter();
        // 1.0 does not fit ap_fixed<8,1> (max 127/128): storing it wraps to -1 (raw -128) and counts an overflow.
        var y = Act(new ActivationOp(ActivationKind.HardSigmoid, alpha: 0.5, beta: 0.5), "ap_fixed<8,1>", "ap_fixed<8,2>", counter);
        Assert.Equal(-128L, y[^1]);
        Assert.Equal(2, counter.Overflows); // x = 1 gives exactly 1 (in range of v, stored as 1 -> overflow) and x = 3.97
        Assert.Equal(Xs.Length, counter.Stores);
    }

    [Fact]
    public void ThresholdedReluIsStrictlyAboveAlpha()
    {
        var y = Act(new ActivationOp(ActivationKind.ThresholdedRelu, alpha: 0.5), "ap_fixed<8,3>", "ap_fixed<4,1>");
        Assert.Equal([0L, 0, 0, 0, 0, 0, 0, 32, 127], y);
    }

    [Fact]
    public void BinaryAndTernaryTanh()
    {
        Assert.Equal([-1L, -1, -1, -1, -1, 1, 1, 1, 1], Act(new ActivationOp(ActivationKind.BinaryTanh), "ap_int<2>"));
        Assert.Equal([-1L, -1, -1, 0, 0, 0, 0, 1, 1], Act(new ActivationOp(ActivationKind.TernaryTanh), "ap_int<2>"));
    }

    [Fact]
    public void PReluPerChannel()
    {
        var op = new PReluOp(new ConstTensor(new Shape(2), [0.5f, -1f]));
        var node = Node(op, new Shape(2, 2), "ap_fixed<8,3>", "ap_fixed<8,3>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<4,2>"));
        // channel 0 slope 0.5, channel 1 slope -1; x = [-1, -1, 0.5, -0.5].
        Assert.Equal([-16L, 32, 16, 16], Run(node, [-32, -32, 16, -16]).Raw);
    }

    [Fact]
    public void BatchNormScaleAndShiftStoredOnce()
    {
        var op = new BatchNormOp(new ConstTensor(new Shape(2), [1.5f, -0.25f]), new ConstTensor(new Shape(2), [0.125f, 1f]));
        var node = Node(op, new Shape(2), "ap_fixed<8,3>", "ap_fixed<6,3,AP_RND,AP_SAT>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<6,2>"), Bias: T("ap_fixed<6,2>"));
        var counter = new OverflowCounter();
        // sample 0: x = [1, 1]: 1.5 + 0.125 = 1.625 -> F = 3: 13; -0.25 + 1 = 0.75 -> 6.
        // sample 1: x = [3, -0.09375]: 4.5 + 0.125 = 4.625 > 3.875 -> saturates to 31; 0.0234375 + 1 = 1.0234375 -> 8.1875 LSB rounds to 8.
        var y = Run(node, [32, 32, 96, -3], counter);
        Assert.Equal([13L, 6, 31, 8], y.Raw);
        Assert.Equal(4, counter.Stores);
        Assert.Equal(1, counter.Overflows);
    }

    [Fact]
    public void FlattenCopiesOrConverts()
    {
        var node = Node(new FlattenOp(), new Shape(2, 2), "ap_fixed<8,3>", "ap_fixed<8,3>");
        Assert.Equal([1L, -2, 3, -4], Run(node, [1, -2, 3, -4]).Raw);
        node.Output.Type = T("ap_fixed<6,2,AP_RND,AP_SAT>");
        var counter = new OverflowCounter();
        // F 5 -> 4: 1 -> 0.5 LSB rounds to 1; -2 -> -1; 3 -> 1.5 -> 2; 127 -> 63.5 -> 64 saturates to 31.
        Assert.Equal([1L, -1, 2, 31], Run(node, [1, -2, 3, 127], counter).Raw);
        Assert.Equal(1, counter.Overflows);
        Assert.Equal(new Shape(4), node.Output.Shape);
    }
}
