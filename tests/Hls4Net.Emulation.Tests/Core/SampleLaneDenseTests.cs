using System.Runtime.Intrinsics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// Dense through the 16-sample int-lane engine (<see cref="SampleLaneDense"/>) against a per-addition loop of
/// <see cref="FixedMath.Convert(Int128, int, FixedType, out bool)"/> written here from nnet::dense's definition, under
/// both semantics, on random layers (zero weights and inputs, extreme codes) and random types of every quantization
/// and overflow mode: raw codes, store counts and overflow counts must all be equal. Batches of 1 to 37 samples cover
/// full blocks, a partial last block and the per-sample path below half a block. Half the layers have zero weights
/// often (the columns then keep only the non-zero weights, each with its own offset), half rarely (every weight kept,
/// one shared list of offsets: <see cref="DenseColumns.SharedOffsets"/>); both layouts must take the engine often.
/// </summary>
public sealed class SampleLaneDenseTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();
    private static readonly int[] Batches = [1, 7, 8, 16, 17, 37];

    [Theory]
    [InlineData(ArithmeticSemantics.Hls4ml)]
    [InlineData(ArithmeticSemantics.Exact)]
    public void EqualsThePerAdditionDefinitionOnRandomLayers(ArithmeticSemantics semantics)
    {
        var rng = new Random(20261203 + (int)semantics);
        int laneCases = 0, sharedCases = 0;
        for (var n = 0; n < 300; n++)
        {
            var tx = RandomType(rng, rng.Next(4) == 0 ? 34 : 18);
            var tw = RandomType(rng, 12, signedOnly: false);
            var tb = RandomType(rng, 12, signedOnly: false);
            var ta = RandomType(rng, rng.Next(4) == 0 ? 34 : 20);
            var tr = RandomType(rng, 24);
            int nIn = rng.Next(1, 40), nOut = rng.Next(1, 20), batch = Batches[rng.Next(Batches.Length)];
            var wRaw = RandomCodes(rng, tw, nIn * nOut, zeroEvery: n % 2 == 0 ? 3 : int.MaxValue);
            var bRaw = RandomCodes(rng, tb, nOut, zeroEvery: 4);
            var w = new float[nIn, nOut];
            for (var i = 0; i < nIn; i++)
                for (var j = 0; j < nOut; j++)
                    w[i, j] = (float)FixedMath.ToDouble(wRaw[i * nOut + j], tw.FracBits);
            var bias = bRaw.Select(b => (float)FixedMath.ToDouble(b, tb.FracBits)).ToArray();
            // The layer's constants are quantized like every plan does (AP_SAT_SYM moves the minimum code).
            wRaw = w.Cast<float>().Select(v => FixedMath.FromSingle(v, tw, out _)).ToArray();
            bRaw = bias.Select(v => FixedMath.FromSingle(v, tb, out _)).ToArray();
            var node = Node(Dense(w, bias), new Shape(nIn), tx.ToString(), tr.ToString());
            node.Precision = new LayerPrecision(Weight: tw, Bias: tb, Accum: ta);
            node.Hardware = new LayerHardware(Semantics: semantics);
            var x = RandomCodes(rng, tx, nIn * batch, zeroEvery: 3);
            if (UsesLanes(node, tx, batch))
            {
                laneCases++;
                if (DenseColumns.For(DensePlan.Create(node), SampleLaneDense.Lanes).SharedOffsets) sharedCases++;
            }

            var counter = new OverflowCounter();
            long[] actual;
            try
            {
                actual = Run(node, x, counter).Raw;
            }
            catch (UnsupportedPrecisionException)
            {
                continue; // an exact sum beyond the emulator's width: refused on every path
            }
            var expected = Reference(semantics, tx, tw, tb, ta, tr, wRaw, bRaw, x, nIn, nOut, out var stores, out var overflows);
            for (var e = 0; e < expected.Length; e++)
            {
                if (expected[e] != actual[e])
                    Assert.Fail($"case {n}: x {tx}, w {tw}, b {tb}, acc {ta}, res {tr}, {nIn}->{nOut}, batch {batch}, element {e}: expected {expected[e]}, got {actual[e]}");
            }
            Assert.True(stores == counter.Stores, $"case {n}: stores expected {stores}, got {counter.Stores}");
            Assert.True(overflows == counter.Overflows, $"case {n}: overflows expected {overflows}, got {counter.Overflows}");
        }
        if (Vector512.IsHardwareAccelerated)
        {
            Assert.True(laneCases >= 60, $"only {laneCases} random layers took the lane engine");
            Assert.True(sharedCases >= 20 && laneCases - sharedCases >= 20, $"{sharedCases} of {laneCases} lane cases shared their offsets");
        }
    }

    /// <summary>
    /// The per-column proof thresholds (compared per block instead of the 128-bit bounds) give the bound's own answer:
    /// at random block maxima, at powers of two and their neighbours, and at each threshold and one past it, where the
    /// bound must change (so the thresholds are the exact boundaries).
    /// </summary>
    [Fact]
    public void ProofThresholdsGiveTheBoundsAnswer()
    {
        if (!Vector512.IsHardwareAccelerated) return;
        var rng = new Random(17);
        int layers = 0, boundaries = 0;
        for (var n = 0; n < 400; n++)
        {
            var tx = RandomType(rng, rng.Next(4) == 0 ? 30 : 18);
            var tw = RandomType(rng, 12);
            var ta = RandomType(rng, rng.Next(3) == 0 ? 28 : 20);
            int nIn = rng.Next(1, 40), nOut = rng.Next(1, 12);
            var w = new float[nIn, nOut];
            foreach (var i in Enumerable.Range(0, nIn))
                foreach (var j in Enumerable.Range(0, nOut))
                    w[i, j] = (float)FixedMath.ToDouble(RandomCodes(rng, tw, 1, zeroEvery: 3)[0], tw.FracBits);
            var node = Node(Dense(w, new float[nOut]), new Shape(nIn), tx.ToString(), "ap_fixed<16,6>");
            node.Precision = new LayerPrecision(Weight: tw, Bias: tw, Accum: ta);
            node.Hardware = new LayerHardware(Semantics: rng.Next(2) == 0 ? ArithmeticSemantics.Hls4ml : ArithmeticSemantics.Exact);
            if (!ta.FitsInt64) continue;
            var plan = DensePlan.Create(node);
            var product = FixedType.MulResult(tx, plan.Weight);
            var sum = FixedType.AddResult(ta, product);
            if (sum.Width > 63) continue;
            var lanes = SampleLaneDense.TryCreate(plan, tx, new AccumulatorStore(ta, sum.FracBits), sum.FracBits - ta.FracBits,
                sum.FracBits - product.FracBits, ProductStore.Applies(node));
            if (lanes is null) continue;
            layers++;
            var bias = Enumerable.Range(0, nOut).Select(_ => (int)RandomCodes(rng, ta, 1, zeroEvery: 4)[0]).ToArray();
            for (var j = 0; j < nOut; j++)
            {
                var (inRange, track) = lanes.ThresholdsOf(j, bias);
                var probes = new List<long> { 0, 1, inRange, inRange + 1, track, track + 1, Math.Max(tx.MaxRawInt64, -tx.MinRawInt64) };
                for (var k = 0; k <= 31; k++) probes.AddRange([(1L << k) - 1, 1L << k, (1L << k) + 1]);
                for (var k = 0; k < 20; k++) probes.Add(rng.NextInt64(0, 1L << rng.Next(1, 32)));
                foreach (var m in probes.Where(m => m is >= 0 and <= int.MaxValue))
                {
                    var (reference, thresholds) = lanes.ProofOf(j, m, bias);
                    Assert.True(reference == thresholds, $"layer {n} column {j}, block maximum {m}: bound {reference}, thresholds {thresholds}");
                }
                if (inRange is >= 0 and < int.MaxValue)
                {
                    boundaries++;
                    Assert.Equal(SampleLaneDense.Proof.InRange, lanes.ProofOf(j, inRange, bias).Reference);
                    Assert.NotEqual(SampleLaneDense.Proof.InRange, lanes.ProofOf(j, inRange + 1, bias).Reference);
                }
                if (track is >= 0 and < int.MaxValue)
                {
                    Assert.NotEqual(SampleLaneDense.Proof.None, lanes.ProofOf(j, track, bias).Reference);
                    Assert.Equal(SampleLaneDense.Proof.None, lanes.ProofOf(j, track + 1, bias).Reference);
                }
            }
        }
        Assert.True(layers >= 100, $"only {layers} layers took the lane engine");
        Assert.True(boundaries >= 100, $"only {boundaries} columns had an in-range threshold inside the range");
    }

    [Fact]
    public void TheJetTaggerTypesTakeTheLaneEngine()
    {
        if (!Vector512.IsHardwareAccelerated) return; // the engine needs AVX-512; the per-sample loops serve elsewhere
        var node = Node(Dense(new float[16, 64], new float[64]), new Shape(16), "ap_fixed<16,6>", "ap_fixed<16,6>");
        node.Precision = new LayerPrecision(Weight: T("ap_fixed<16,6>"), Bias: T("ap_fixed<16,6>"), Accum: T("ap_fixed<16,6>"));
        node.Hardware = new LayerHardware(Semantics: ArithmeticSemantics.Hls4ml);
        Assert.True(UsesLanes(node, T("ap_fixed<16,6>"), 1000));
    }

    private static bool UsesLanes(Node node, FixedType tx, int batch)
    {
        if (batch < SampleLaneDense.Lanes / 2 || node.Precision.Accum is not { FitsInt64: true } ta) return false;
        var plan = DensePlan.Create(node);
        var product = FixedType.MulResult(tx, plan.Weight);
        var sum = FixedType.AddResult(ta, product);
        if (sum.Width > 63) return false;
        var store = new AccumulatorStore(ta, sum.FracBits);
        return SampleLaneDense.TryCreate(plan, tx, store, sum.FracBits - ta.FracBits, sum.FracBits - product.FracBits,
            ProductStore.Applies(node)) is not null;
    }

    /// <summary>nnet::dense per sample: acc = bias; for i in order, acc += x*w (hls4ml: acc += (accum_t)(x*w)); res = acc.</summary>
    private static long[] Reference(ArithmeticSemantics semantics, FixedType tx, FixedType tw, FixedType tb, FixedType ta, FixedType tr,
        long[] w, long[] b, long[] x, int nIn, int nOut, out long stores, out long overflows)
    {
        int fp = tx.FracBits + tw.FracBits, fa = ta.FracBits, f = Math.Max(fa, fp);
        int rows = x.Length / nIn;
        var result = new long[rows * nOut];
        stores = 0;
        overflows = 0;
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < nOut; j++)
            {
                long acc = FixedMath.Convert((Int128)b[j], tb.FracBits, ta, out var o);
                stores++;
                overflows += o ? 1 : 0;
                for (var i = 0; i < nIn; i++)
                {
                    Int128 product = (Int128)x[r * nIn + i] * w[i * nOut + j];
                    if (product == 0) continue;
                    if (semantics == ArithmeticSemantics.Hls4ml)
                    {
                        var p = FixedMath.Convert(product, fp, ta, out var po);
                        acc = FixedMath.Convert((Int128)acc + p, fa, ta, out var so);
                        stores += 2;
                        overflows += (po ? 1 : 0) + (so ? 1 : 0);
                    }
                    else
                    {
                        acc = FixedMath.Convert(((Int128)acc << (f - fa)) + (product << (f - fp)), f, ta, out var so);
                        stores++;
                        overflows += so ? 1 : 0;
                    }
                }
                result[r * nOut + j] = FixedMath.Convert((Int128)acc, fa, tr, out var ro);
                stores++;
                overflows += ro ? 1 : 0;
            }
        }
        return result;
    }

    private static FixedType RandomType(Random rng, int maxWidth, bool signedOnly = false)
    {
        bool signed = signedOnly || rng.Next(4) != 0;
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
