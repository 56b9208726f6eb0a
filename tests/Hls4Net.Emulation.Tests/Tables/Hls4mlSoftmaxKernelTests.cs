using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;

namespace Hls4Net.Emulation.Tests.Tables;

/// <summary>
/// hls4ml's table softmaxes (stable, latency, legacy) on small rows, every step worked out by hand from the description
/// in docs/softmax.md: ap_fixed&lt;16,6&gt; inputs and results, hls4ml's default types (exp/inv tables
/// ap_fixed&lt;18,8,AP_RND,AP_SAT&gt;, accum ap_fixed&lt;16,6&gt;, inv_inp = exp_table_t, inp_norm ap_ufixed&lt;15,5&gt;), 1024 entries.
/// </summary>
public sealed class Hls4mlSoftmaxKernelTests
{
    private static readonly FixedType In16 = FixedType.Parse("ap_fixed<16,6>");
    private static readonly FixedType Table18 = FixedType.Parse("ap_fixed<18,8,AP_RND,AP_SAT>");

    internal static FixedTensor Run(SoftmaxVariant variant, long[] raw, OverflowCounter counter, LayerPrecision? precision = null)
    {
        int n = raw.Length;
        var input = new Value("x", new Shape(n)) { Type = In16 };
        var node = new Node("sm", new SoftmaxOp(variant), [input], new Value("y", new Shape(n)))
        {
            Precision = precision ?? new LayerPrecision(Accum: In16, ExpTable: Table18, InvTable: Table18),
            Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml),
        };
        node.Output.Type = In16;
        return new SoftmaxKernel().Run(node, [new FixedTensor(In16, new Shape(n), 1, raw)], counter);
    }

    /// <summary>A float rounded to 10 fraction bits with AP_RND (round half up), as ap_fixed&lt;18,8,AP_RND,AP_SAT&gt; stores it.</summary>
    private static long Rnd10(float f) => (long)Math.Floor((double)f * 1024 + 0.5);

    [Fact]
    public void StableOnFiveInputsByHand()
    {
        // x = [1.5, 0.25, -1, 2, 0.5]; max = 2; d = [0.5, 1.75, 3, 0, 1.5] in ap_ufixed<15,5> (raw = d * 1024, no wrap).
        long[] x = [1536, 256, -1024, 2048, 512];
        // The exp table has 1024 entries, indexed by the top 10 of inp_norm's 15 bits: index = d_raw >> 5,
        // entry i stands for i * 2^5 * 2^-10 = i / 32 and holds expf(-i / 32).
        int[] index = [512 >> 5, 1792 >> 5, 3072 >> 5, 0, 1536 >> 5];
        Assert.Equal([16, 56, 96, 0, 48], index);
        var e = index.Select(i => Rnd10(MathF.Exp(-i / 32f))).ToArray();
        Assert.Equal([621L, 178, 51, 1024, 228], e); // 0.6065, 0.1738, 0.0498, 1, 0.2231 at 2^-10 (accum_t holds them exactly)
        // Adder tree for 5: ((e0 + e1) + (e2 + e3)) + e4, all exact in ap_fixed<16,6>.
        long sum = ((e[0] + e[1]) + (e[2] + e[3])) + e[4];
        Assert.Equal(2102, sum); // 2.0527
        // inv_inp_t = ap_fixed<18,8,...>: the index is the top 10 of 18 bits, raw >> 8: the sum truncated to a 0.25 grid.
        long invIndex = sum >> 8;
        Assert.Equal(8, invIndex); // 2.0
        long inv = Rnd10(1f / (invIndex / 4f));
        Assert.Equal(512, inv); // 0.5
        // res = e * inv (2^-20) truncated to 2^-10.
        var expected = e.Select(v => (v * inv) >> 10).ToArray();
        Assert.Equal([310L, 89, 25, 512, 114], expected);
        var counter = new OverflowCounter();
        Assert.Equal(expected, Run(SoftmaxVariant.Stable, x, counter).Raw);
        // Stores: 5 differences, 5 exp values into accum_t, 4 tree sums, the sum into inv_inp_t, 5 results.
        Assert.Equal(5 + 5 + 4 + 1 + 5, counter.Stores);
        Assert.Equal(0, counter.Overflows);
    }

    [Fact]
    public void StableDifferencesWrapInTheDefaultInpNormType()
    {
        // x = [31, -2, 0]: max - x = [0, 33, 31]; 33 wraps to 1 in ap_ufixed<15,5> (range [0, 32)).
        long[] x = [31 * 1024, -2 * 1024, 0];
        long e0 = 1024, e1 = Rnd10(MathF.Exp(-1f)), e2 = Rnd10(MathF.Exp(-31f));
        Assert.Equal((377L, 0L), (e1, e2)); // exp(-1) = 0.3679: the value 33 below the maximum counts as 1 below it
        long sum = (e0 + e1) + e2;          // tree for 3: (e0 + e1) + e2
        Assert.Equal(5, sum >> 8);          // 1401 -> 1.25
        long inv = Rnd10(1f / 1.25f);
        Assert.Equal(819, inv);             // 0.7998
        var counter = new OverflowCounter();
        Assert.Equal([(e0 * inv) >> 10, (e1 * inv) >> 10, 0], Run(SoftmaxVariant.Stable, x, counter).Raw);
        Assert.Equal(1, counter.Overflows); // the wrapped difference
    }

    [Fact]
    public void StableWithAWiderInpNormDoesNotWrap()
    {
        // inp_norm ap_ufixed<16,6> holds 33 (range [0, 64)); the exp table is indexed by its top 10 bits: d_raw >> 6,
        // entry i = expf(-i / 16); exp(-33) and exp(-31) round to 0.
        var precision = new LayerPrecision(Accum: In16, ExpTable: Table18, InvTable: Table18).With(PrecisionSlot.InpNorm, FixedType.Parse("ap_ufixed<16,6>"));
        var y = Run(SoftmaxVariant.Stable, [31 * 1024, -2 * 1024, 0], new OverflowCounter(), precision);
        Assert.Equal([1024L, 0, 0], y.Raw); // sum 1.0 -> index 4 -> 1/1 = 1
    }

    [Fact]
    public void LatencyOnThreeInputsByHand()
    {
        // x = [1, -0.5, 0.25]: the exp table is indexed by the top 10 of the input's 16 bits, (raw >> 6) mod 1024,
        // entry i stands for the signed value (i << 6) * 2^-10 and holds expf of it.
        long[] x = [1024, -512, 256];
        int[] index = [1024 >> 6, (-512 >> 6) & 1023, 256 >> 6];
        Assert.Equal([16, 1016, 4], index);
        float[] v = [16 * 64 / 1024f, ((1016 << 6) - 65536) / 1024f, 4 * 64 / 1024f];
        Assert.Equal([1f, -0.5f, 0.25f], v);
        var e = v.Select(t => Rnd10(MathF.Exp(t))).ToArray();
        Assert.Equal([2784L, 621, 1315], e); // 2.7183, 0.6065, 1.2840
        long sum = (e[0] + e[1]) + e[2];
        Assert.Equal(18, sum >> 8);          // 4720 = 4.609 -> 4.5
        long inv = Rnd10(1f / 4.5f);
        Assert.Equal(228, inv);              // 0.2227
        var expected = e.Select(t => (t * inv) >> 10).ToArray();
        Assert.Equal([619L, 138, 292], expected);
        Assert.Equal(expected, Run(SoftmaxVariant.Latency, x, new OverflowCounter()).Raw);
    }

    [Fact]
    public void LatencyExpSaturatesInTheTableAndWrapsInTheAccumulator()
    {
        // x = [6, 0]: expf(6) = 403.4 saturates to 131071 (127.999) in ap_fixed<18,8,AP_RND,AP_SAT>; stored into
        // ap_fixed<16,6> (AP_WRAP) its low 16 bits 0xFFFF read as -1 (-2^-10). e = [-1, 1024], sum = 1023 -> index 3
        // (raw >> 8) -> 1 / 0.75 = 1.3333 -> 1365.
        long inv = Rnd10(1f / 0.75f);
        Assert.Equal(1365, inv);
        var counter = new OverflowCounter();
        var y = Run(SoftmaxVariant.Latency, [6 * 1024, 0], counter);
        Assert.Equal([(-1 * inv) >> 10, (1024 * inv) >> 10], y.Raw); // [-2 (floor of -1.33), 1365]
        Assert.Equal(1, counter.Overflows);
    }

    [Fact]
    public void ASumOfZeroIndexesTheFltMinEntry()
    {
        // Latency, x = [6, -6.9375]: e0 = -1 (as above); e1 = expf(-6.9375) = 0.00097 -> 1 (2^-10). sum = 0 -> index 0,
        // whose entry is 1 / FLT_MIN = 2^126, saturated to 131071 (127.999) by inv_table_t.
        Assert.Equal(1, Rnd10(MathF.Exp(-6.9375f)));
        var y = Run(SoftmaxVariant.Latency, [6 * 1024, -6 * 1024 - 960], new OverflowCounter());
        Assert.Equal([(-131071L) >> 10, 131071L >> 10], y.Raw); // [-128, 127]: -0.125, 0.124
    }

    [Fact]
    public void LegacyOnTwoInputsByHand()
    {
        // table_t = ap_fixed<18,8> (AP_TRN), N = 1024. x = [1, 0].
        // i = 0: d = x1 - x0 = -1 -> trunc(-1 * 1024 / 16) + 512 = 448 -> expf(16 * (448 - 512) / 1024) = exp(-1) -> 376;
        //        acc = 1 + 376/1024 = 1400 -> trunc(1400 * 2^-10 * 1024 / 64) = 21 -> 1 / (64 * 21 / 1024) = 1/1.3125 -> 780.
        // i = 1: d = 1 -> 576 -> exp(1) -> 2783; acc = 3807 -> trunc(3807 / 64) = 59 -> 1/3.6875 -> 277.
        long Trn10(float f) => (long)Math.Floor((double)f * 1024);
        Assert.Equal(376, Trn10(MathF.Exp(-1f)));
        Assert.Equal(2783, Trn10(MathF.Exp(1f)));
        Assert.Equal(780, Trn10(1f / (64f * 21 / 1024)));
        Assert.Equal(277, Trn10(1f / (64f * 59 / 1024)));
        var precision = new LayerPrecision(Table: FixedType.Parse("ap_fixed<18,8>"));
        Assert.Equal([780L, 277], Run(SoftmaxVariant.Legacy, [1024, 0], new OverflowCounter(), precision).Raw);
    }

    [Fact]
    public void LegacyNegativeDifferencesTruncateTowardZero()
    {
        // x = [0, -0.01]: d = x1 - x0 = -0.0098 (raw -10) -> -10 * 2^-10 * 1024 / 16 = -0.625 -> trunc 0 -> entry 512
        // = exp(0) = 1; so acc_0 = 2 -> trunc(2 * 16) = 32 -> 1/2 = 0.5. The other way: d = +0.625 -> 0 -> acc_1 = 2 too.
        // (floor would give entry 511 = exp(-1/64) for acc_0.)
        var precision = new LayerPrecision(Table: FixedType.Parse("ap_fixed<18,8>"));
        Assert.Equal([512L, 512], Run(SoftmaxVariant.Legacy, [0, -10], new OverflowCounter(), precision).Raw);
    }
}
