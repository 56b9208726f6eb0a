using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// Issue 11's rule "products are stored in the accumulator type before they are summed", hand-computed for Dense under
/// both semantics: <see cref="ArithmeticSemantics.Exact"/> stores acc + x*w (exact product) into accum_t,
/// <see cref="ArithmeticSemantics.Hls4ml"/> stores x*w into accum_t first, then acc + that. Every emulator path is
/// reached: the vectorized fast path (5 outputs: 4 lanes and a scalar tail), the 64-bit path (a store mode that is not
/// inlined), the Int128 path (a product of more than 63 bits) and the wide BigInteger path (a result wider than 64 bits).
/// </summary>
public sealed class StoredProductDenseTests
{
    // Types that route the same arithmetic through each path: input, weight, accum, result.
    public static TheoryData<string, string, string, string, string> Paths() => new()
    {
        { "fast", "ap_fixed<11,5>", "ap_fixed<8,2>", "ap_fixed<10,5,AP_TRN,AP_SAT>", "ap_fixed<10,5,AP_TRN,AP_SAT>" },
        { "64-bit", "ap_fixed<11,5>", "ap_fixed<8,2>", "ap_fixed<10,5,AP_TRN,AP_SAT_SYM>", "ap_fixed<10,5,AP_TRN,AP_SAT>" },
        { "Int128", "ap_fixed<40,10>", "ap_fixed<32,2>", "ap_fixed<10,5,AP_TRN,AP_SAT>", "ap_fixed<10,5,AP_TRN,AP_SAT>" },
        { "wide", "ap_fixed<11,5>", "ap_fixed<8,2>", "ap_fixed<10,5,AP_TRN,AP_SAT>", "ap_fixed<72,12>" },
    };

    /// <summary>
    /// The example. accum ap_fixed&lt;10,5,AP_TRN,AP_SAT&gt;: F = 5, LSB 1/32, range [-16, 15.96875].
    /// x = [-8, 14.921875], every one of the 5 weight columns [1, 1.484375], bias 0; inputs in order i = 0, 1.
    /// x1*w1 = 14.921875 * 1.484375 = 22.149658203125 exactly.
    /// Exact: acc = -8; -8 + 22.149658203125 = 14.149658203125 = 452.789.. LSB, truncated to 452 = 14.125 (in range).
    /// Hls4ml: (accum_t)(-8) = -8, acc = -8; (accum_t)22.149658203125 truncates to 708 LSB = 22.125 and saturates to
    /// 511 = 15.96875; acc = -8 + 15.96875 = 7.96875 = 255 LSB.
    /// </summary>
    [Theory]
    [MemberData(nameof(Paths))]
    public void SaturatingAccumulatorClipsEachProductUnderHls4mlOnly(string path, string input, string weight, string accum, string result)
    {
        Assert.NotNull(path);
        var w = new float[2, 5];
        for (var j = 0; j < 5; j++) (w[0, j], w[1, j]) = (1f, 1.484375f);
        var node = Node(Dense(w, new float[5]), new Shape(2), input, result);
        node.Precision = new LayerPrecision(Weight: T(weight), Bias: T("ap_fixed<8,3>"), Accum: T(accum));
        double[] x = [-8, 14.921875];

        var exact = Run(node, ArithmeticSemantics.Exact, x, out var exactCounter);
        Assert.All(exact, v => Assert.Equal(14.125, v));
        Assert.Equal(5 * (1 + 2 + 1), exactCounter.Stores); // bias, two sums, result
        Assert.Equal(0, exactCounter.Overflows);

        var stored = Run(node, ArithmeticSemantics.Hls4ml, x, out var storedCounter);
        Assert.All(stored, v => Assert.Equal(7.96875, v));
        Assert.Equal(5 * (1 + 2 * 2 + 1), storedCounter.Stores); // bias, two products and two sums, result
        Assert.Equal(5, storedCounter.Overflows); // the second product, in each column
    }

    /// <summary>
    /// A wrapping accumulator with fewer fraction bits than x*w. accum ap_fixed&lt;8,4,AP_TRN_ZERO,AP_WRAP&gt;: F = 4,
    /// LSB 1/16, range [-8, 7.9375], quantization toward zero. Bias 1 = 16 LSB; x = [3.5, 3.5, 3/32],
    /// w = [1.75, 1.75, 0.5] (ap_fixed&lt;4,2&gt;), in order:
    /// 3.5*1.75 = 6.125 = 98 LSB exactly: acc = 114; again: 212 LSB, wraps to 212 - 256 = -44 (-2.75), under both.
    /// Then x2*w2 = 3/64 = 0.75 LSB. Exact: -44 + 0.75 = -43.25 LSB, toward zero -43 = -2.6875.
    /// Hls4ml: (accum_t)(3/64) = 0 (0.75 LSB toward zero), acc = -44 = -2.75.
    /// </summary>
    [Fact]
    public void WrappingAccumulatorTruncatesEachProductUnderHls4ml()
    {
        const string accum = "ap_fixed<8,4,AP_TRN_ZERO,AP_WRAP>";
        var node = Node(Dense(new float[,] { { 1.75f }, { 1.75f }, { 0.5f } }, [1f]), new Shape(3), "ap_fixed<8,3>", accum);
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<4,2>"), Bias: T("ap_fixed<8,3>"), Accum: T(accum));
        double[] x = [3.5, 3.5, 3.0 / 32];

        Assert.Equal([-2.6875], Run(node, ArithmeticSemantics.Exact, x, out var exactCounter));
        Assert.Equal(1, exactCounter.Overflows); // the wrap
        Assert.Equal([-2.75], Run(node, ArithmeticSemantics.Hls4ml, x, out var storedCounter));
        Assert.Equal(1, storedCounter.Overflows); // the same wrap; the products fit
        Assert.Equal(1 + 3 * 2 + 1, storedCounter.Stores);
    }

    /// <summary>
    /// The same layer with the default AP_TRN: the accumulator is always on accum_t's grid (the bias is stored into it
    /// first), and floor(acc + p) = acc + floor(p) for acc on the grid, so truncating each product or each sum gives the
    /// same bits: -44 + 0.75 LSB floors to -44 under both semantics (so do AP_RND and AP_RND_MIN_INF, and AP_WRAP is
    /// modular). Only sign-dependent modes (AP_TRN_ZERO, AP_RND_ZERO, AP_RND_INF, AP_RND_CONV), and saturation, tell them apart.
    /// </summary>
    [Theory]
    [InlineData("ap_fixed<8,4>", -2.75)]
    [InlineData("ap_fixed<8,4,AP_RND>", -2.6875)] // -44 + 0.75 LSB rounds to -43; (accum_t)(0.75 LSB) rounds to 1
    public void TranslationInvariantModesGiveTheSameBitsUnderBothSemantics(string accum, double expected)
    {
        var node = Node(Dense(new float[,] { { 1.75f }, { 1.75f }, { 0.5f } }, [1f]), new Shape(3), "ap_fixed<8,3>", accum);
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<4,2>"), Bias: T("ap_fixed<8,3>"), Accum: T(accum));
        double[] x = [3.5, 3.5, 3.0 / 32];
        Assert.Equal([expected], Run(node, ArithmeticSemantics.Exact, x, out _));
        Assert.Equal([expected], Run(node, ArithmeticSemantics.Hls4ml, x, out _));
    }

    [Fact]
    public void ResourceStrategyStoresProductsLikeLatency()
    {
        var node = Node(Dense(new float[,] { { 1f }, { 1.484375f } }, [0f]), new Shape(2), "ap_fixed<11,5>", "ap_fixed<10,5,AP_TRN,AP_SAT>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<8,2>"), Bias: T("ap_fixed<8,3>"), Accum: T("ap_fixed<10,5,AP_TRN,AP_SAT>"));
        node.Hardware = new LayerHardware(Strategy.Resource, 2, ArithmeticSemantics.Hls4ml);
        var input = node.Inputs[0];
        var raw = new[] { FixedMath.FromDouble(-8, input.Type!), FixedMath.FromDouble(14.921875, input.Type!) };
        Assert.Equal([7.96875], TestNodes.Run(node, raw).SampleToDoubles(0));
    }

    private static double[] Run(Node node, ArithmeticSemantics semantics, double[] x, out OverflowCounter counter)
    {
        node.Hardware = new LayerHardware(Semantics: semantics);
        var type = node.Inputs[0].Type!;
        counter = new OverflowCounter();
        return TestNodes.Run(node, x.Select(v => FixedMath.FromDouble(v, type)).ToArray(), counter).SampleToDoubles(0);
    }
}
