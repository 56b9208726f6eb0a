using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>Dense on small cases whose raw results are computed by hand from the accumulation rule of docs/design.md.</summary>
public sealed class DenseKernelTests
{
    [Fact]
    public void TwoByTwoInApFixed8_3ByHand()
    {
        // ap_fixed<8,3>: F = 5, LSB 1/32, range [-4, 3.96875].
        var node = Node(Dense(new float[,] { { 0.5f, -1.25f }, { 0.75f, 2f } }, [0.25f, -0.5f]), new Shape(2), "ap_fixed<8,3>", "ap_fixed<8,3>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"), Accum: T("ap_fixed<16,6>"));
        var counter = new OverflowCounter();
        // x = [1.5, -0.875] = raw [48, -28].
        var y = Run(node, [48, -28], counter);
        // y0 = 0.25 + 1.5*0.5 - 0.875*0.75 = 0.34375 = 11/32.
        // y1 = -0.5 - 1.5*1.25 - 0.875*2 = -4.125 = -132/32: out of range, wraps to -132 + 256 = 124.
        Assert.Equal([11L, 124L], y.Raw);
        Assert.Equal(2 + 4 + 2, counter.Stores); // bias into accum_t, four additions, two results
        Assert.Equal(1, counter.Overflows);
    }

    [Theory]
    // accum ap_fixed<6,2>: F = 4, range [-2, 1.9375]; x = [1.5, 1.5, -1.5], w = 1, bias 0.
    [InlineData("ap_fixed<6,2,AP_TRN,AP_SAT>", 14L, 1L)] // 1.5; 3 saturates to 1.9375; 1.9375 - 1.5 = 0.4375 = 14/32
    [InlineData("ap_fixed<6,2>", 48L, 2L)]               // 1.5; 3 wraps to -1; -1 - 1.5 = -2.5 wraps to 1.5 = 48/32
    public void NarrowAccumulatorStoresAfterEveryAddition(string accum, long expected, long overflows)
    {
        var node = Node(Dense(new float[,] { { 1f }, { 1f }, { 1f } }, [0f]), new Shape(3), "ap_fixed<8,3>", "ap_fixed<8,3>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<4,2>"), Bias: T("ap_fixed<4,2>"), Accum: T(accum));
        var counter = new OverflowCounter();
        var y = Run(node, [48, 48, -48], counter);
        Assert.Equal(expected, y.Raw[0]);
        Assert.Equal(overflows, counter.Overflows);
    }

    [Theory]
    [InlineData("ap_fixed<8,4,AP_RND>", 1L)] // x*w = 3/32 * 1/2 = 3/64 = 0.75 LSB of 2^-4 -> rounds to 1
    [InlineData("ap_fixed<8,4>", 0L)]        // AP_TRN floors to 0
    public void AccumulatorQuantizationModeApplies(string accum, long expectedAccRaw)
    {
        var node = Node(Dense(new float[,] { { 0.5f } }, [0f]), new Shape(1), "ap_fixed<8,3>", "ap_fixed<8,4>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"), Accum: T(accum));
        var y = Run(node, [3]);
        Assert.Equal(expectedAccRaw, y.Raw[0]); // result has the accumulator's F = 4: a plain copy
    }

    [Fact]
    public void RowsOfARank2InputAreIndependent()
    {
        var node = Node(Dense(new float[,] { { 1f, -1f } }, [0.5f, 0f]), new Shape(3, 1), "ap_fixed<8,3>", "ap_fixed<10,5>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<4,2>"), Bias: T("ap_fixed<4,2>"), Accum: T("ap_fixed<12,6>"));
        // Two samples of 3 rows; x raw (F=5) -> y = [x + 0.5, -x] with F = 5.
        var y = Run(node, [32, -16, 0, 1, 2, 3]);
        Assert.Equal(new Shape(3, 2), y.Shape);
        Assert.Equal([48L, -32, 0, 16, 16, 0, 17, -1, 18, -2, 19, -3], y.Raw);
    }

    [Fact]
    public void StrategyDoesNotChangeBits()
    {
        var rng = new Random(5);
        var w = new float[6, 4];
        for (var i = 0; i < 6; i++)
            for (var j = 0; j < 4; j++)
                w[i, j] = (float)(rng.NextDouble() * 4 - 2);
        var node = Node(Dense(w, [0.1f, 0.2f, -0.3f, 0f]), new Shape(6), "ap_fixed<10,4>", "ap_fixed<8,3,AP_RND,AP_SAT>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<6,2>"), Bias: T("ap_fixed<6,2>"), Accum: T("ap_fixed<9,3,AP_RND,AP_SAT>"));
        var raw = Enumerable.Range(0, 6 * 50).Select(_ => (long)rng.Next(-512, 512)).ToArray();
        node.Hardware = new LayerHardware(Strategy.Latency, 1);
        var latency = Run(node, raw).Raw;
        node.Hardware = new LayerHardware(Strategy.Resource, 6);
        Assert.Equal(latency, Run(node, raw).Raw);
    }

    [Fact]
    public void MissingAccumPrecisionNamesTheLayer()
    {
        var node = Node(Dense(new float[,] { { 1f } }, [0f]), new Shape(1), "ap_fixed<8,3>", "ap_fixed<8,3>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<8,3>"), Bias: T("ap_fixed<8,3>"));
        var e = Assert.Throws<GraphException>(() => Run(node, [1]));
        Assert.Contains("'layer'", e.Message);
        Assert.Contains("accum", e.Message);
    }
}
