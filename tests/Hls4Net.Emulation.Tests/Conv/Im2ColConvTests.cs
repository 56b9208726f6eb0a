using System.Runtime.Intrinsics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Emulation.Loops;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Conv;

/// <summary>
/// Conv1D/Conv2D and DepthwiseConv1D/2D through the kernels (which take <see cref="Im2ColConv"/>, the int-lane engine on im2col rows, when the
/// types allow) against the per-tap reference path: <see cref="ConvLoop"/> driving <see cref="FixedConvArithmetic"/>
/// directly (the loop the g++ bit-exactness tests pin). Random layers with zero weights and inputs and extreme codes,
/// strides, dilations and padding on every side, random types of every quantization and overflow mode, both
/// semantics, batches of 1 to 37: raw codes, store counts and overflow counts must all be equal.
/// </summary>
public sealed class Im2ColConvTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();
    private static readonly int[] Batches = [1, 2, 7, 16, 17, 37];

    [Theory]
    [InlineData(ArithmeticSemantics.Hls4ml, false)]
    [InlineData(ArithmeticSemantics.Exact, false)]
    [InlineData(ArithmeticSemantics.Hls4ml, true)]
    [InlineData(ArithmeticSemantics.Exact, true)]
    [InlineData(ArithmeticSemantics.Hls4ml, false, true)]
    [InlineData(ArithmeticSemantics.Exact, false, true)]
    [InlineData(ArithmeticSemantics.Hls4ml, true, true)]
    [InlineData(ArithmeticSemantics.Exact, true, true)]
    public void EqualsTheConvLoopOnRandomLayers(ArithmeticSemantics semantics, bool twoD, bool depthwise = false)
    {
        var rng = new Random(20261203 + (int)semantics * 7 + (twoD ? 1 : 0) + (depthwise ? 3 : 0));
        int laneCases = 0, cases = 0;
        for (var n = 0; n < 250; n++)
        {
            var ran = RunAgainstTheConvLoop(rng, n, semantics, (tx, tr, tw) => (RandomConv(rng, twoD, depthwise, tx, tr, tw, out var inShape), inShape),
                () => Batches[rng.Next(Batches.Length)]);
            if (ran is null) continue; // an exact sum beyond the emulator's width: refused on every path
            cases++;
            if (UsesLanes(ran.Node, ran.Tx, ran.Batch)) laneCases++;
        }
        Assert.True(cases >= 150, $"only {cases} random layers ran");
        if (Vector512.IsHardwareAccelerated) Assert.True(laneCases >= 60, $"only {laneCases} random layers took the im2col lane engine");
    }

    /// <summary>
    /// Layers whose output pixel count is a multiple of 16, where blocks never straddle two samples: one input channel at
    /// column stride 1 (and often 2) reads each tap from the zero-bordered plane with a few vector loads per block
    /// (<see cref="Im2ColPlane"/>), the others through the per-block gather table. Same comparison as above.
    /// </summary>
    [Theory]
    [InlineData(ArithmeticSemantics.Hls4ml, false)]
    [InlineData(ArithmeticSemantics.Exact, false)]
    [InlineData(ArithmeticSemantics.Hls4ml, true)]
    [InlineData(ArithmeticSemantics.Exact, true)]
    [InlineData(ArithmeticSemantics.Hls4ml, true, true)]
    [InlineData(ArithmeticSemantics.Exact, true, true)]
    public void EqualsTheConvLoopWhenBlocksAlignWithSamples(ArithmeticSemantics semantics, bool twoD, bool depthwise = false)
    {
        var rng = new Random(20261204 + (int)semantics * 7 + (twoD ? 1 : 0) + (depthwise ? 3 : 0));
        int planeCases = 0, tableCases = 0, cases = 0;
        for (var n = 0; n < 300; n++)
        {
            // One case in four runs at least 160 blocks, past the point where the lane engine switches to its proof thresholds.
            var ran = RunAgainstTheConvLoop(rng, n, semantics, (tx, tr, tw) => (RandomAlignedConv(rng, twoD, depthwise, tx, tr, tw, out var inShape), inShape),
                () => rng.Next(4) == 0 ? 160 : Batches[rng.Next(Batches.Length)]);
            if (ran is null) continue;
            cases++;
            var path = Im2ColConv.TryCreate(ran.Node, ConvPlan.Create(ran.Node), ran.Tx, ran.Batch, ProductStore.Applies(ran.Node))?.Fill;
            if (path == Im2ColFill.Plane) planeCases++;
            if (path == Im2ColFill.BlockTable) tableCases++;
        }
        Assert.True(cases >= 180, $"only {cases} random layers ran");
        if (!Vector512.IsHardwareAccelerated) return;
        Assert.True(planeCases >= 30, $"only {planeCases} random layers read the plane");
        Assert.True(tableCases >= 10, $"only {tableCases} random layers took the per-block gather table");
    }

    private sealed record RandomCase(Node Node, FixedType Tx, int Batch);

    /// <summary>
    /// One random case shared by the theories above: draws the input, weight, bias, accumulator and result types, makes
    /// the layer (<paramref name="makeLayer"/>) and the batch size (<paramref name="drawBatch"/>), runs the emulator on
    /// random codes and compares every element, the store count and the overflow count with the scalar conv loop
    /// (<see cref="Reference"/>); fails the test on the first difference. Null when the emulator refuses the precisions.
    /// </summary>
    private static RandomCase? RunAgainstTheConvLoop(Random rng, int n, ArithmeticSemantics semantics,
        Func<FixedType, FixedType, FixedType, (Node Node, Shape InShape)> makeLayer, Func<int> drawBatch)
    {
        var tx = RandomType(rng, rng.Next(4) == 0 ? 34 : 16);
        var tw = RandomType(rng, 10);
        var tb = RandomType(rng, 10);
        var ta = RandomType(rng, rng.Next(4) == 0 ? 34 : 20);
        var tr = RandomType(rng, 24);
        var (node, inShape) = makeLayer(tx, tr, tw);
        node.Precision = new LayerPrecision(Weight: tw, Bias: tb, Accum: ta);
        node.Hardware = new LayerHardware(Semantics: semantics);
        var batch = drawBatch();
        var x = RandomCodes(rng, tx, inShape.Size * batch, zeroEvery: 3);

        var counter = new OverflowCounter();
        long[] actual;
        try
        {
            actual = Run(node, x, counter).Raw;
        }
        catch (UnsupportedPrecisionException)
        {
            return null;
        }
        var expected = Reference(node, tx, tr, x, batch, out var stores, out var overflows);
        for (var e = 0; e < expected.Length; e++)
        {
            if (expected[e] != actual[e])
                Assert.Fail($"case {n}: x {tx}, w {tw}, b {tb}, acc {ta}, res {tr}, {node.Op}, in {inShape}, batch {batch}, element {e}: expected {expected[e]}, got {actual[e]}");
        }
        Assert.True(stores == counter.Stores, $"case {n}: stores expected {stores}, got {counter.Stores}");
        Assert.True(overflows == counter.Overflows, $"case {n}: overflows expected {overflows}, got {counter.Overflows}");
        return new RandomCase(node, tx, batch);
    }

    [Fact]
    public void TheKerasConv2dModelTypesTakeTheLaneEngine()
    {
        if (!Vector512.IsHardwareAccelerated) return; // the engine needs AVX-512; the conv loop serves elsewhere
        var rng = new Random(5);
        var node = RandomConv(rng, twoD: true, depthwise: false, T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), out _);
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<16,6>"), Bias: T("ap_fixed<16,6>"), Accum: T("ap_fixed<16,6>"));
        node.Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml);
        Assert.True(UsesLanes(node, T("ap_fixed<16,6>"), 1000));
    }

    private static bool UsesLanes(Node node, FixedType tx, int batch) =>
        Im2ColConv.TryCreate(node, ConvPlan.Create(node), tx, batch, ProductStore.Applies(node)) is not null;

    /// <summary>The conv loop with the per-tap fixed-point arithmetic, on a fresh plan.</summary>
    private static long[] Reference(Node node, FixedType tx, FixedType tr, long[] x, int batch, out long stores, out long overflows)
    {
        var plan = ConvPlan.Create(node);
        var mac = new MacUnit(node, tx, plan.Weight, plan.Accum, ProductStore.Applies(node));
        var raw = new long[batch * plan.Geometry.OutputSize];
        var arithmetic = new FixedConvArithmetic(plan, mac, new AccumulatorStore(tr, plan.Accum.FracBits), x, raw);
        ConvLoop.Run<long, FixedConvArithmetic>(plan.Geometry, plan.Depthwise, batch, ref arithmetic);
        stores = arithmetic.Stores;
        overflows = arithmetic.Overflows;
        return raw;
    }

    /// <summary>A random Conv1D/Conv2D or depthwise one (kernel 1..3, stride 1..3, dilation 1..2, padding 0..2 on each side).</summary>
    private static Node RandomConv(Random rng, bool twoD, bool depthwise, FixedType tx, FixedType tr, FixedType tw, out Shape inShape)
    {
        int kh = twoD ? rng.Next(1, 4) : 1, kw = rng.Next(1, 4), cin = rng.Next(1, 6), cout = depthwise ? cin * rng.Next(1, 4) : rng.Next(1, 9);
        var wLast = depthwise ? cout / cin : cout;
        int dh = twoD ? rng.Next(1, 3) : 1, dw = rng.Next(1, 3);
        int inH = twoD ? rng.Next((kh - 1) * dh + 1, 7) : 1, inW = rng.Next((kw - 1) * dw + 1, 9);
        var w = Floats(rng, tw, kh * kw * cin * wLast, zeroEvery: 3);
        var b = Floats(rng, tw, cout, zeroEvery: 4);
        Op op;
        if (twoD)
        {
            var pad = new Padding2D(rng.Next(3), rng.Next(3), rng.Next(3), rng.Next(3));
            var weights = new ConstTensor(new Shape(kh, kw, cin, wLast), w);
            var stride = (rng.Next(1, 4), rng.Next(1, 4));
            op = depthwise
                ? new DepthwiseConv2DOp(weights, new ConstTensor(new Shape(cout), b), stride, pad, (dh, dw))
                : new Conv2DOp(weights, new ConstTensor(new Shape(cout), b), stride, pad, (dh, dw));
            inShape = new Shape(inH, inW, cin);
        }
        else
        {
            var weights = new ConstTensor(new Shape(kw, cin, wLast), w);
            int stride = rng.Next(1, 4), left = rng.Next(3), right = rng.Next(3);
            op = depthwise
                ? new DepthwiseConv1DOp(weights, new ConstTensor(new Shape(cout), b), stride, left, right, dw)
                : new Conv1DOp(weights, new ConstTensor(new Shape(cout), b), stride, left, right, dw);
            inShape = new Shape(inW, cin);
        }
        var input = new Value("x", inShape) { Type = tx };
        return new Node("layer", op, [input], new Value("y", op.InferShape([inShape])) { Type = tr });
    }

    /// <summary>
    /// A random conv whose output pixel count is a multiple of 16 (output width 1..32, height to match), the input size
    /// derived from it; one input channel and mostly column stride 1 two times in three.
    /// </summary>
    private static Node RandomAlignedConv(Random rng, bool twoD, bool depthwise, FixedType tx, FixedType tr, FixedType tw, out Shape inShape)
    {
        bool contiguous = rng.Next(3) != 0;
        int kh = twoD ? rng.Next(1, 4) : 1, kw = rng.Next(1, 4), cin = contiguous ? 1 : rng.Next(1, 5);
        int cout = depthwise ? cin * rng.Next(1, 4) : rng.Next(1, 6);
        var wLast = depthwise ? cout / cin : cout;
        int dh = twoD ? rng.Next(1, 3) : 1, dw = rng.Next(1, 3);
        int sh = twoD ? rng.Next(1, 3) : 1, sw = contiguous && rng.Next(4) != 0 ? 1 : rng.Next(1, 4);
        int outW = twoD ? new[] { 1, 2, 4, 8, 16, 32, 3, 6, 12 }[rng.Next(9)] : 16 * rng.Next(1, 4);
        int outH = twoD ? 16 / Gcd(outW, 16) * rng.Next(1, 3) : 1;
        int top = twoD ? rng.Next(3) : 0, bottom = twoD ? rng.Next(3) : 0, left = rng.Next(3), right = rng.Next(3);
        // Output = (in + pads - dilated kernel) / stride + 1: take the smallest input, plus a remainder below the stride.
        int inW = (outW - 1) * sw + (kw - 1) * dw + 1 - left - right + rng.Next(sw);
        int inH = twoD ? (outH - 1) * sh + (kh - 1) * dh + 1 - top - bottom + rng.Next(sh) : 1;
        if (inW < 1)
        {
            inW += left + right;
            left = right = 0;
        }
        if (inH < 1)
        {
            inH += top + bottom;
            top = bottom = 0;
        }
        var w = Floats(rng, tw, kh * kw * cin * wLast, zeroEvery: 3);
        var b = Floats(rng, tw, cout, zeroEvery: 4);
        Op op;
        if (twoD)
        {
            var weights = new ConstTensor(new Shape(kh, kw, cin, wLast), w);
            var pad = new Padding2D(top, bottom, left, right);
            op = depthwise
                ? new DepthwiseConv2DOp(weights, new ConstTensor(new Shape(cout), b), (sh, sw), pad, (dh, dw))
                : new Conv2DOp(weights, new ConstTensor(new Shape(cout), b), (sh, sw), pad, (dh, dw));
            inShape = new Shape(inH, inW, cin);
        }
        else
        {
            var weights = new ConstTensor(new Shape(kw, cin, wLast), w);
            op = depthwise
                ? new DepthwiseConv1DOp(weights, new ConstTensor(new Shape(cout), b), sw, left, right, dw)
                : new Conv1DOp(weights, new ConstTensor(new Shape(cout), b), sw, left, right, dw);
            inShape = new Shape(inW, cin);
        }
        var outShape = op.InferShape([inShape]);
        Assert.True(outShape.Size / cout % 16 == 0, $"{op} on {inShape} gives {outShape}, not a multiple of 16 pixels");
        var input = new Value("x", inShape) { Type = tx };
        return new Node("layer", op, [input], new Value("y", outShape) { Type = tr });
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private static float[] Floats(Random rng, FixedType t, int count, int zeroEvery) =>
        RandomCodes(rng, t, count, zeroEvery).Select(c => (float)FixedMath.ToDouble(c, t.FracBits)).ToArray();

    private static FixedType RandomType(Random rng, int maxWidth)
    {
        bool signed = rng.Next(4) != 0;
        int width = rng.Next(2, maxWidth + 1);
        if (rng.Next(20) == 0) return FixedType.Int(width, signed);
        var quant = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? QuantMode.Trn : QuantMode.Rnd) : Quants[rng.Next(Quants.Length)];
        var ovf = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? OverflowMode.Wrap : OverflowMode.Sat) : Overflows[rng.Next(Overflows.Length)];
        if (!signed && ovf == OverflowMode.WrapSm) ovf = OverflowMode.Wrap;
        int satBits = rng.Next(3) == 0 ? 0 : rng.Next(0, Math.Min(width, 4) + 1);
        if (ovf == OverflowMode.Wrap && rng.Next(2) == 0) satBits = 0;
        return new FixedType(width, rng.Next(-3, width + 4), signed, quant, ovf, satBits);
    }

    /// <summary>Codes of <paramref name="t"/>: the minimum, the maximum and zero often, the rest uniform.</summary>
    private static long[] RandomCodes(Random rng, FixedType t, int count, int zeroEvery) => Enumerable.Range(0, count).Select(_ => rng.Next(16) switch
    {
        0 => t.MinRawInt64,
        1 => t.MaxRawInt64,
        _ when rng.Next(zeroEvery) == 0 => 0L,
        _ => rng.NextInt64(t.MinRawInt64, t.MaxRawInt64 + 1),
    }).ToArray();
}
