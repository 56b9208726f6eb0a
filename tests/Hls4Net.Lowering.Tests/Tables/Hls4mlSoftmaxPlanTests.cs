using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Lowering.Tests.Tables;

/// <summary>hls4ml's stable/latency/legacy softmax plans: default types, table sizes, entries by hand, and the configurations they refuse.</summary>
public sealed class Hls4mlSoftmaxPlanTests
{
    private static readonly FixedType In16 = FixedType.Parse("ap_fixed<16,6>");

    private static LayerPrecision Defaults(int size = 1024) => new(Accum: In16, TableSize: size);

    [Fact]
    public void StableDefaults()
    {
        var plan = Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, In16, 5, Defaults(), "sm");
        Assert.Equal("ap_fixed<18,8,AP_RND,AP_SAT>", plan.ExpType.ToString());
        Assert.Equal("ap_fixed<18,8,AP_RND,AP_SAT>", plan.InvType.ToString());
        Assert.Equal(plan.ExpType, plan.InvInpType);               // inv_inp defaults to exp_table_t
        Assert.Equal("ap_ufixed<15,5>", plan.InpNormType!.ToString()); // ap_fixed<16,6> -> ap_ufixed<15,5> (AP_TRN, AP_WRAP)
        Assert.Equal((1024, 1024, 10, 10), (plan.ExpSize, plan.InvSize, plan.ExpBits, plan.InvBits));
        Assert.Equal(1024, plan.ExpRaw[0]);                         // exp(-0) = 1
        Assert.Equal((long)Math.Floor(MathF.Exp(-1023 / 32f) * 1024.0 + 0.5), plan.ExpRaw[1023]); // 0: exp(-31.97)
        Assert.Equal(131071, plan.InvRaw[0]);                       // 1/FLT_MIN saturates
        Assert.Equal(1024, plan.InvRaw[4]);                         // 1/1
        Assert.Equal(-1024, plan.InvRaw[1020]);                     // entry 1020 is -1.0: 1/-1
        Assert.Equal(-4096, plan.InvRaw[1023]);                     // entry 1023 is -0.25: 1/-0.25 = -4
    }

    [Fact]
    public void ANarrowSignedInputShrinksTheStableExpTable()
    {
        // ap_fixed<8,3>: inp_norm ap_ufixed<7,2>, exp table min(1024, 2^7) = 128 entries; the latency table keeps TableSize.
        var input = FixedType.Parse("ap_fixed<8,3>");
        var stable = Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, input, 4, Defaults(128 * 4), "sm");
        Assert.Equal("ap_ufixed<7,2>", stable.InpNormType!.ToString());
        Assert.Equal((128, 512), (stable.ExpSize, stable.InvSize));
        // Entry i of ap_ufixed<7,2> (all 7 bits) is i / 32: exp(-1) at i = 32.
        Assert.Equal((long)Math.Floor(MathF.Exp(-1f) * 1024.0 + 0.5), stable.ExpRaw[32]);
        // An unsigned input keeps its type and TableSize.
        var unsigned = Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, FixedType.Parse("ap_ufixed<10,4>"), 4, Defaults(), "sm");
        Assert.Equal(("ap_ufixed<10,4>", 1024), (unsigned.InpNormType!.ToString(), unsigned.ExpSize));
        // An explicit inp_norm keeps TableSize.
        var explicitNorm = Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, input, 4, Defaults(256).With(PrecisionSlot.InpNorm, FixedType.Parse("ap_ufixed<12,6>")), "sm");
        Assert.Equal(256, explicitNorm.ExpSize);
    }

    [Fact]
    public void LatencyEntriesAreSignedValuesOfTheInputType()
    {
        var plan = Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Latency, In16, 3, Defaults(), "sm");
        Assert.Null(plan.InpNormType);
        Assert.Equal(In16, plan.ExpIndexType);
        Assert.Equal(1024, plan.ExpRaw[0]);                                               // exp(0)
        Assert.Equal((long)Math.Floor(MathF.Exp(1f) * 1024.0 + 0.5), plan.ExpRaw[16]);   // 16 << 6 = 1.0
        Assert.Equal(131071, plan.ExpRaw[511]);                                           // exp(31.9) saturates
        Assert.Equal(0, plan.ExpRaw[512]);                                                // -32: exp rounds to 0
        Assert.Equal((long)Math.Floor(MathF.Exp(-0.0625f) * 1024.0 + 0.5), plan.ExpRaw[1023]); // -1/16
    }

    [Fact]
    public void TopBitsIndexReadsTheRawPatternUnsigned()
    {
        Assert.Equal(10, TopBitsIndex.AddressBits(1024));
        Assert.Equal(16, TopBitsIndex.Index(1024, In16, 10));
        Assert.Equal(1016, TopBitsIndex.Index(-512, In16, 10));
        Assert.Equal(1023, TopBitsIndex.Index(-1, In16, 10));
        Assert.Equal(-0.5, TopBitsIndex.EntryValue(1016, In16, 10));
        Assert.Equal(1023 / 32.0, TopBitsIndex.EntryValue(1023, FixedType.Parse("ap_ufixed<15,5>"), 10));
    }

    [Theory]
    [InlineData(1000, "TableSize 1000 is not a power of two")]
    [InlineData(1, "TableSize 1 is not a power of two")]
    public void ANonPowerOfTwoTableSizeIsRefused(int size, string message)
    {
        var e = Assert.Throws<ConfigException>(() => Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, In16, 5, Defaults(size), "sm"));
        Assert.StartsWith("layer 'sm' (Softmax, hls4ml's stable): " + message, e.Message);
    }

    [Fact]
    public void AnIndexTypeNarrowerThanTheAddressIsRefused()
    {
        // Latency: the 1024-entry table needs 10 bits of the ap_fixed<8,3> input.
        var e = Assert.Throws<ConfigException>(() => Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Latency, FixedType.Parse("ap_fixed<8,3>"), 5, Defaults(), "sm"));
        Assert.Equal("layer 'sm' (Softmax, hls4ml's latency): the 1024-entry exp table is indexed by the top 10 bits of the input type ap_fixed<8,3>, "
            + "which has only 8: use TableSize: 256 or smaller, or a wider input type (the result type of the layer before)", e.Message);
        // Stable with an explicit 6-bit inp_norm, and an 8-bit inv_inp.
        var norm = Assert.Throws<ConfigException>(() => Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, In16, 5,
            Defaults().With(PrecisionSlot.InpNorm, FixedType.Parse("ap_ufixed<6,3>")), "sm"));
        Assert.Contains("top 10 bits of the inp_norm type ap_ufixed<6,3>, which has only 6", norm.Message, StringComparison.Ordinal);
        var inv = Assert.Throws<ConfigException>(() => Hls4mlSoftmaxPlan.Create(SoftmaxVariant.Stable, In16, 5,
            Defaults().With(PrecisionSlot.InvInp, FixedType.Parse("ap_ufixed<8,4>")), "sm"));
        Assert.Contains("the 1024-entry inv table is indexed by the top 10 bits of the inv_inp type ap_ufixed<8,4>", inv.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LegacyTablesByHand()
    {
        var plan = Hls4mlLegacySoftmaxPlan.Create(In16, 4, new LayerPrecision(TableSize: 1024), "sm");
        Assert.Equal("ap_fixed<18,8>", plan.TableType.ToString());
        Assert.Equal(1024, plan.ExpRaw[512]);                                    // exp(16 * 0 / 1024)
        Assert.Equal((long)Math.Floor(MathF.Exp(-8f) * 1024), plan.ExpRaw[0]);   // exp(-8) = 0.000335 -> 0 (AP_TRN)
        Assert.Equal(0, plan.InvRaw[0]);                                         // in_val 0 -> 0
        Assert.Equal(1024, plan.InvRaw[16]);                                     // 1 / (64 * 16 / 1024)
        Assert.Equal(16 * 1024, plan.InvRaw[1]);                                 // 1 / (1/16) = 16
        // Exp index: trunc(d * 1024 / 16) + 512 on raw d at 2^-10: trunc(d_raw / 16) + 512.
        Assert.Equal(512, plan.ExpIndex.Index((Int128)(-15)));
        Assert.Equal(511, plan.ExpIndex.Index((Int128)(-16)));
        Assert.Equal(0, plan.ExpIndex.Index((Int128)(-20000)));
        Assert.Equal(1023, plan.ExpIndex.Index((Int128)20000));
    }
}
