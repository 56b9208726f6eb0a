using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Tests.Core;

/// <summary>
/// The hls4ml softmax rows' integer shortcuts (Hls4mlSoftmaxFastRows) against the plain evaluation
/// (Hls4mlSoftmaxEvaluation.Apply, itself checked against g++ in the Vitis table tests): the same result codes, stores
/// and overflows on random rows over the whole input range, for types where the shortcuts hold and where they do not
/// (saturating and wrapping accumulators, a narrow inp_norm, rounding results, unsigned inputs), with and without
/// SOFTMAX_ZERO's zero mask.
/// </summary>
public sealed class Hls4mlSoftmaxFastRowsTests
{
    public static TheoryData<string, string, string, string, string?, int, int> Cases => new()
    {
        // variant, input, result, accum, inp_norm, table size, n
        { "Stable", "ap_fixed<18,8>", "ap_fixed<18,8>", "ap_fixed<18,8>", null, 1024, 5 },
        { "Stable", "ap_fixed<16,6>", "ap_fixed<16,6>", "ap_fixed<16,6>", null, 1024, 10 },
        { "Stable", "ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,0,AP_RND,AP_SAT>", "ap_fixed<10,4>", null, 128, 5 },
        { "Stable", "ap_fixed<24,10>", "ap_fixed<20,2,AP_RND_CONV,AP_SAT>", "ap_fixed<24,8,AP_RND,AP_SAT>", "ap_ufixed<12,4,AP_TRN,AP_SAT>", 512, 7 },
        { "Stable", "ap_fixed<12,14>", "ap_fixed<16,6,AP_RND_ZERO,AP_SAT_SYM>", "ap_fixed<18,8>", null, 256, 3 },
        { "Stable", "ap_ufixed<10,4>", "ap_fixed<16,6>", "ap_fixed<8,4>", null, 1024, 6 },
        { "Stable", "ap_fixed<18,8>", "ap_fixed<8,1>", "ap_fixed<12,3>", "ap_ufixed<10,2>", 256, 9 },
        { "Latency", "ap_fixed<18,8>", "ap_fixed<18,8>", "ap_fixed<18,8>", null, 1024, 5 },
        { "Latency", "ap_fixed<16,6>", "ap_fixed<10,2,AP_TRN,AP_SAT>", "ap_fixed<8,4>", null, 1024, 4 },
        { "Latency", "ap_fixed<8,3,AP_RND,AP_SAT>", "ap_ufixed<8,0,AP_RND,AP_SAT>", "ap_fixed<10,4>", null, 128, 5 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void SameBitsStoresAndOverflowsAsThePlainEvaluation(string variant, string input, string result, string accum, string? inpNorm, int size, int n)
    {
        Compare(variant, input, result, accum, inpNorm, size, n, zeroMasked: false);
        Compare(variant, input, result, accum, inpNorm, size, n, zeroMasked: true);
    }

    private static void Compare(string variant, string input, string result, string accum, string? inpNorm, int size, int n, bool zeroMasked)
    {
        var inType = FixedType.Parse(input);
        var resType = FixedType.Parse(result);
        var precision = new LayerPrecision(Accum: FixedType.Parse(accum), TableSize: size);
        if (inpNorm is not null) precision = precision.With(PrecisionSlot.InpNorm, FixedType.Parse(inpNorm));
        var plan = Hls4mlSoftmaxPlan.Create(Enum.Parse<SoftmaxVariant>(variant), inType, n, precision, "sm");
        Assert.True(Hls4mlSoftmaxFastRows.Applies(plan, resType));
        var fast = new Hls4mlSoftmaxFastRows(plan, resType, zeroMasked);
        var rng = new Random(n * 131 + size);
        var x = new long[n];
        var want = new long[n];
        var got = new long[n];
        var reference = new OverflowCounter();
        long stores = 0, overflows = 0;
        for (var row = 0; row < 3000; row++)
        {
            // Whole range, a narrow band (small differences, the usual case) and repeated values.
            var lo = inType.MinRawInt64;
            var hi = inType.MaxRawInt64;
            var center = rng.NextInt64(lo, hi + 1);
            for (var i = 0; i < n; i++)
            {
                x[i] = (row % 3) switch
                {
                    0 => rng.NextInt64(lo, hi + 1),
                    1 => Math.Clamp(center + rng.NextInt64(-64, 65), lo, hi),
                    _ => i % 2 == 0 ? center : rng.NextInt64(lo, hi + 1),
                };
                if (zeroMasked && rng.Next(4) == 0) x[i] = 0; // SOFTMAX_ZERO: some exact zeros
            }
            plan.Apply(x, want, resType, reference, zeroMasked);
            fast.Apply(x, got, ref stores, ref overflows);
            Assert.True(want.AsSpan().SequenceEqual(got), $"row {row}: [{string.Join(", ", x)}] -> fast [{string.Join(", ", got)}], plain [{string.Join(", ", want)}]");
        }
        Assert.Equal(reference.Stores, stores);
        Assert.Equal(reference.Overflows, overflows);
    }
}
