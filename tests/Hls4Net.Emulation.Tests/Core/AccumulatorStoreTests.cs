using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Plans;
using static Hls4Net.Emulation.Tests.Core.TestNodes;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// <see cref="AccumulatorStore"/> (inlined fast path for AP_TRN/AP_RND + AP_WRAP/AP_SAT) against the reference
/// <see cref="FixedMath.Convert(long, int, FixedType, out bool)"/>, and the Dense kernel's vectorised loop against a
/// plain per-MAC loop written here from the accumulation rule of docs/design.md.
/// </summary>
public sealed class AccumulatorStoreTests
{
    private static readonly QuantMode[] Quants = Enum.GetValues<QuantMode>();
    private static readonly OverflowMode[] Overflows = Enum.GetValues<OverflowMode>();

    [Fact]
    public void StoreEqualsFixedMathConvertOnRandomValuesAndTypes()
    {
        var rng = new Random(13);
        int fast = 0, overflowed = 0;
        for (var n = 0; n < 100_000; n++)
        {
            var to = RandomType(rng);
            int from = to.FracBits + rng.Next(-4, 68);
            var store = new AccumulatorStore(to, from);
            if (store.IsFast) fast++;
            long raw = RandomRaw(rng, to, from);
            long expected = FixedMath.Convert(raw, from, to, out bool expectedOverflow);
            long actual = store.Store(raw, out bool actualOverflow);
            if (expected != actual || expectedOverflow != actualOverflow)
                Assert.Fail($"{to} from F={from}, raw {raw}: expected {expected} ({expectedOverflow}), got {actual} ({actualOverflow})");
            if (expectedOverflow) overflowed++;
            var wide = ((Int128)raw << rng.Next(0, 40)) + rng.Next(-3, 4);
            expected = FixedMath.Convert(wide, from, to, out expectedOverflow);
            actual = store.Store(wide, out actualOverflow);
            if (expected != actual || expectedOverflow != actualOverflow)
                Assert.Fail($"{to} from F={from}, raw {wide} (Int128): expected {expected} ({expectedOverflow}), got {actual} ({actualOverflow})");
        }
        Assert.InRange(fast, 15_000, 85_000); // both paths were exercised
        Assert.InRange(overflowed, 10_000, 90_000);
    }

    [Theory]
    [InlineData("ap_fixed<16,6>", "ap_fixed<10,3>", "ap_fixed<16,6>", 10)]
    [InlineData("ap_fixed<16,6>", "ap_fixed<10,3>", "ap_fixed<9,3,AP_RND,AP_SAT>", 10)]
    [InlineData("ap_fixed<8,3>", "ap_fixed<6,2>", "ap_fixed<7,2>", 3)]                 // narrow wrapping accumulator
    [InlineData("ap_fixed<8,3>", "ap_fixed<6,2>", "ap_fixed<7,2,AP_TRN,AP_SAT>", 3)]
    [InlineData("ap_fixed<8,3>", "ap_fixed<6,2>", "ap_ufixed<7,2,AP_RND,AP_SAT>", 5)]
    [InlineData("ap_fixed<8,3>", "ap_fixed<6,2>", "ap_fixed<7,2,AP_RND_CONV,AP_SAT_SYM>", 1)] // general path
    [InlineData("ap_fixed<8,3>", "ap_fixed<6,2>", "ap_fixed<7,2,AP_TRN,AP_WRAP,2>", 2)]       // general path
    [InlineData("ap_fixed<30,10>", "ap_fixed<30,10>", "ap_fixed<40,12,AP_RND,AP_SAT>", 7)]  // 128-bit sum
    public void DenseKernelMatchesPlainPerMacLoop(string input, string weight, string accum, int outputs)
    {
        var rng = new Random(outputs);
        const int nIn = 11, batch = 40;
        var w = new float[nIn, outputs];
        for (var i = 0; i < nIn; i++)
            for (var j = 0; j < outputs; j++)
                w[i, j] = rng.Next(5) == 0 ? 0f : (float)(rng.NextDouble() * 6 - 3);
        var b = Enumerable.Range(0, outputs).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var node = Node(Dense(w, b), new Shape(nIn), input, "ap_fixed<12,4,AP_RND,AP_SAT>");
        node.Precision = new LayerPrecision(Weight: T(weight), Bias: T(weight), Accum: T(accum));
        var tx = T(input);
        var raw = Enumerable.Range(0, nIn * batch)
            .Select(_ => rng.Next(4) == 0 ? 0L : rng.NextInt64(tx.MinRawInt64, tx.MaxRawInt64 + 1)).ToArray();
        var counter = new OverflowCounter();
        var actual = Run(node, raw, counter);

        var p = DensePlan.Create(node);
        var ta = p.Accum;
        var tr = node.Output.Type!;
        int prodFrac = tx.FracBits + p.Weight.FracBits, sumFrac = Math.Max(ta.FracBits, prodFrac);
        var expected = new long[batch * outputs];
        long stores = 0, overflows = 0;
        for (var r = 0; r < batch; r++)
        {
            for (var j = 0; j < outputs; j++)
            {
                var acc = Count(FixedMath.Convert(p.BiasRaw[j], p.Bias.FracBits, ta, out bool o), o);
                for (var i = 0; i < nIn; i++)
                {
                    long xi = raw[r * nIn + i], wij = p.WeightRaw[i * outputs + j];
                    if (xi == 0 || wij == 0) continue;
                    var sum = ((Int128)acc << (sumFrac - ta.FracBits)) + (((Int128)xi * wij) << (sumFrac - prodFrac));
                    acc = Count(FixedMath.Convert(sum, sumFrac, ta, out o), o);
                }
                expected[r * outputs + j] = Count(FixedMath.Convert(acc, ta.FracBits, tr, out o), o);
            }
        }
        Assert.Equal(expected, actual.Raw);
        Assert.Equal(stores, counter.Stores);
        Assert.Equal(overflows, counter.Overflows);
        Assert.True(accum.Contains("<7,") ? overflows > 0 : true, "the narrow accumulators must overflow");

        long Count(long value, bool o)
        {
            stores++;
            if (o) overflows++;
            return value;
        }
    }

    private static FixedType RandomType(Random rng)
    {
        bool signed = rng.Next(2) == 0;
        int width = rng.Next(1, signed ? 65 : 64);
        if (rng.Next(20) == 0) return FixedType.Int(width, signed);
        var quant = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? QuantMode.Trn : QuantMode.Rnd) : Quants[rng.Next(Quants.Length)];
        var ovf = rng.Next(2) == 0 ? (rng.Next(2) == 0 ? OverflowMode.Wrap : OverflowMode.Sat) : Overflows[rng.Next(Overflows.Length)];
        if (!signed && ovf == OverflowMode.WrapSm) ovf = OverflowMode.Wrap;
        int satBits = rng.Next(3) == 0 ? 0 : rng.Next(0, Math.Min(width, 4) + 1);
        return new FixedType(width, rng.Next(-8, width + 9), signed, quant, ovf, satBits);
    }

    /// <summary>Values around the destination range (scaled to the source LSB), exact ties, and arbitrary longs.</summary>
    private static long RandomRaw(Random rng, FixedType to, int from)
    {
        int shift = from - to.FracBits;
        switch (rng.Next(4))
        {
            case 0:
                return rng.NextInt64(long.MinValue, long.MaxValue);
            case 1:
                return rng.NextInt64() >> rng.Next(0, 64) ^ (rng.Next(2) == 0 ? 0 : -1L);
            default:
                if (shift < 0 || shift > 62) return rng.NextInt64(-1L << 40, 1L << 40);
                long edge = rng.Next(2) == 0 ? to.MinRawInt64 : to.MaxRawInt64;
                long q = (edge >> rng.Next(0, 3)) + rng.Next(-2, 3);
                int room = 62 - shift;
                q = Math.Clamp(q, -(1L << room), (1L << room) - 1);
                long frac = shift == 0 ? 0 : rng.Next(3) switch
                {
                    0 => 1L << (shift - 1),        // exact tie
                    1 => 0,
                    _ => rng.NextInt64(0, 1L << shift),
                };
                return (q << shift) + frac;
        }
    }
}
