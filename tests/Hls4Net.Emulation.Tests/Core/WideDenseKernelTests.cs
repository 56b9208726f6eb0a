using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Wide;
using Hls4Net.Lowering;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The emulator's wide path (types wider than 64-bit raw codes, exact sums beyond Int128): Dense results worked out
/// in the test with plain BigInteger arithmetic from the rules acc = bias; acc = store(acc + x*w) per addition; res = store(acc).
/// </summary>
public sealed class WideDenseKernelTests
{
    private static readonly BigInteger Two = 2;

    private static BigInteger P2(int e) => BigInteger.Pow(Two, e);

    /// <summary>AP_WRAP into a signed W-bit code: the low W bits, sign-extended.</summary>
    private static BigInteger Wrap(BigInteger v, int w)
    {
        var m = P2(w);
        var r = ((v + P2(w - 1)) % m + m) % m;
        return r - P2(w - 1);
    }

    /// <summary>floor(v / 2^s) (AP_TRN).</summary>
    private static BigInteger Floor(BigInteger v, int s)
    {
        var q = BigInteger.DivRem(v, P2(s), out var rem);
        return rem.Sign < 0 ? q - 1 : q;
    }

    private static FixedTensor Wide(Node node, params BigInteger[] codes) =>
        new(node.Inputs[0].Type!, node.Inputs[0].Shape, codes.Length / node.Inputs[0].Shape.Size, codes);

    private static FixedTensor RunWide(Node node, FixedTensor x, OverflowCounter counter) =>
        DefaultKernels.Create().Resolve(node).Run(node, [x], counter);

    [Fact]
    public void ApFixed100_40WithProductsBeyond128BitsByHand()
    {
        // ap_fixed<100,40>: F = 60. Weights as raw codes: 1.5*2^31 -> 3*2^90, -0.375 -> -3*2^57, 2^-40 -> 2^20, 0 (skipped).
        // Bias: 0.5 -> 2^59, -2^-50 -> -2^10. Accum ap_fixed<200,80>: F = 120, products (F = 120) enter unshifted.
        var w = new float[,] { { 1.5f * (1L << 31), MathF.Pow(2, -40) }, { -0.375f, 0f } };
        var node = Node(Dense(w, [0.5f, MathF.Pow(2, -50)* -1]), new Shape(2), "ap_fixed<100,40>", "ap_fixed<100,40>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<100,40>"), Bias: T("ap_fixed<100,40>"), Accum: T("ap_fixed<200,80>"));
        var x0 = P2(97) + P2(61) + 987654321;
        var x1 = -(P2(95) + 123456789);
        var counter = new OverflowCounter();
        var y = RunWide(node, Wide(node, x0, x1), counter);

        BigInteger w00 = 3 * P2(90), w10 = -3 * P2(57), w01 = P2(20);
        var acc0 = (P2(59) << 60) + x0 * w00 + x1 * w10; // about 3*2^187: a 190-bit sum, in range of accum (value < 2^79)
        var acc1 = (-P2(10) << 60) + x0 * w01;
        Assert.True(acc0.GetBitLength() > 128);
        Assert.True(y.IsWide);
        // Stored into ap_fixed<100,40> (AP_TRN, AP_WRAP): floor to F = 60, then the low 100 bits. acc0 (~2^67) wraps.
        Assert.Equal(Wrap(Floor(acc0, 60), 100), y.Wide![0]);
        Assert.Equal(Wrap(Floor(acc1, 60), 100), y.Wide![1]);
        Assert.NotEqual(Floor(acc0, 60), y.Wide![0]);
        // 2 bias stores + 3 non-zero additions + 2 result stores; only y0 overflows.
        Assert.Equal(7, counter.Stores);
        Assert.Equal(1, counter.Overflows);
    }

    [Fact]
    public void WideSaturatingAccumulatorStoresOncePerAddition()
    {
        // ap_fixed<100,40,AP_TRN,AP_SAT> accumulator: x0*w0 = 2^38*2^31 = 2^69 saturates to (2^99-1)*2^-60, then
        // x1*w1 = -2^38 brings it back to (2^98-1)*2^-60. An exact sum stored once would saturate instead.
        var node = Node(Dense(new float[,] { { MathF.Pow(2, 31) }, { -1f } }, [0f]), new Shape(2), "ap_fixed<100,40>", "ap_fixed<100,40>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<100,40>"), Bias: T("ap_fixed<100,40>"), Accum: T("ap_fixed<100,40,AP_TRN,AP_SAT>"));
        var counter = new OverflowCounter();
        var y = RunWide(node, Wide(node, P2(98), P2(98)), counter);
        var max = P2(99) - 1;
        var expected = Floor((max << 60) + P2(98) * -P2(60), 60); // (acc << 60) + x1*w1 at F = 120, stored at F = 60
        Assert.Equal(P2(98) - 1, expected);
        Assert.Equal(expected, y.Wide![0]);
        Assert.Equal(1 + 2 + 1, counter.Stores);
        Assert.Equal(1, counter.Overflows);
    }

    [Fact]
    public void WideAccumulatorOnlyGivesNarrowResult()
    {
        // ap_fixed<16,6> in and out, accum ap_fixed<80,30> (F = 70): x = [1.5, -0.25], w = [[0.75], [3]], b = [0.125].
        // acc = 0.125 + 1.125 - 0.75 = 0.5, exact in every type.
        var node = Node(Dense(new float[,] { { 0.75f }, { 3f } }, [0.125f]), new Shape(2), "ap_fixed<16,6>", "ap_fixed<16,6>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<16,6>"), Bias: T("ap_fixed<16,6>"), Accum: T("ap_fixed<80,30>"));
        var y = Run(node, [1536, -256]);
        Assert.False(y.IsWide);
        Assert.Equal([512L], y.Raw);
    }

    [Fact]
    public void WidePathMatchesFastPathOnNarrowLayers()
    {
        var rng = new Random(11);
        string[] accums = ["ap_fixed<12,4>", "ap_fixed<9,3,AP_RND,AP_SAT>", "ap_fixed<20,8,AP_RND_CONV,AP_SAT_SYM>", "ap_ufixed<10,4,AP_RND_ZERO,AP_WRAP>"];
        foreach (var accum in accums)
        {
            var w = new float[7, 5];
            for (var i = 0; i < 7; i++)
                for (var j = 0; j < 5; j++)
                    w[i, j] = rng.Next(4) == 0 ? 0f : (float)(rng.NextDouble() * 6 - 3);
            var node = Node(Dense(w, [0.3f, -0.7f, 1.1f, 0f, 2.5f]), new Shape(7), "ap_fixed<10,4>", "ap_fixed<8,3,AP_RND,AP_SAT>");
            node.Precision = new LayerPrecision(Weight: T("ap_fixed<7,3>"), Bias: T("ap_fixed<8,3>"), Accum: T(accum));
            var raw = Enumerable.Range(0, 7 * 40).Select(_ => (long)rng.Next(-512, 512)).ToArray();
            var fastCounter = new OverflowCounter();
            var fast = Run(node, raw, fastCounter);
            var wideCounter = new OverflowCounter();
            var wide = WideDense.Run(node, new FixedTensor(node.Inputs[0].Type!, node.Inputs[0].Shape, 40, raw), wideCounter);
            Assert.Equal(fast.Raw, wide.Raw);
            Assert.Equal(fastCounter.Stores, wideCounter.Stores);
            Assert.Equal(fastCounter.Overflows, wideCounter.Overflows);
            Assert.True(fastCounter.Overflows > 0, accum);
        }
    }

    [Fact]
    public void IntermediatesWiderThanTheCppLimitAreRefusedNamingTheLayer()
    {
        // ap_fixed<600,20> x ap_fixed<600,20>: the C++ product would be 1200 bits, beyond AP_INT_MAX_W = 1024.
        var node = Node(Dense(new float[,] { { 1f } }, [0f]), new Shape(1), "ap_fixed<600,20>", "ap_fixed<600,20>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<600,20>"), Bias: T("ap_fixed<600,20>"), Accum: T("ap_fixed<600,20>"));
        var e = Assert.Throws<UnsupportedPrecisionException>(() => RunWide(node, Wide(node, BigInteger.One), new OverflowCounter()));
        Assert.Contains("'layer'", e.Message);
        Assert.Contains("1200 bits", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    [Fact]
    public void WideReluAndLinearAtTheWidthLimit()
    {
        // ap_fixed<1024,10>: F = 1014. Relu keeps positives and zeroes negatives; Linear into ap_fixed<16,6> (AP_TRN, AP_WRAP)
        // floors to F = 10 and keeps 16 bits.
        var relu = Node(new Hls4Net.Core.Ir.Ops.ActivationOp(Hls4Net.Core.Ir.Ops.ActivationKind.Relu), new Shape(3), "ap_fixed<1024,10>", "ap_fixed<1024,10>");
        var big = P2(1020) + 12345;
        var y = RunWide(relu, Wide(relu, big, -big, BigInteger.Zero), new OverflowCounter());
        Assert.Equal([big, BigInteger.Zero, BigInteger.Zero], y.Wide!);
        var linear = Node(new Hls4Net.Core.Ir.Ops.ActivationOp(Hls4Net.Core.Ir.Ops.ActivationKind.Linear), new Shape(2), "ap_fixed<1024,10>", "ap_fixed<16,6>");
        var small = P2(1014) * 3 / 2 + 1; // 1.5 + 2^-1014
        var z = RunWide(linear, Wide(linear, small, -small), new OverflowCounter());
        Assert.False(z.IsWide);
        Assert.Equal([Wrap(Floor(small, 1004), 16), Wrap(Floor(-small, 1004), 16)], z.Raw.Select(v => (BigInteger)v).ToArray());
        Assert.Equal(-1537, z.Raw[1]); // floor(-1.5 - 2^-1014) at F = 10 = -1.5 - 2^-10
    }

    [Fact]
    public void ApIntIntermediatesMayExceed1024Bits()
    {
        // ap_int products are ap_int, which both header sets take beyond 1024 bits: ap_int<600> x ap_int<600> = ap_int<1200>.
        var node = Node(Dense(new float[,] { { 3f }, { -2f } }, [7f]), new Shape(2), "ap_int<600>", "ap_int<600>");
        node.Precision = new LayerPrecision(Weight: T("ap_int<600>"), Bias: T("ap_int<600>"), Accum: T("ap_int<1300>"));
        var x0 = P2(590) + 1;
        var x1 = P2(597) - 5;
        var y = RunWide(node, Wide(node, x0, x1), new OverflowCounter());
        Assert.Equal(Wrap(7 + 3 * x0 - 2 * x1, 600), y.Wide![0]);
    }
}
