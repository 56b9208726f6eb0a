using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>The softmax cost rule for hls4ml's table softmaxes (hls4ml semantics).</summary>
public sealed class Hls4mlSoftmaxCostTests
{
    [Fact]
    public void StableUsesItsSmallerExpTable()
    {
        // ap_fixed<6,2> inputs: inp_norm ap_ufixed<5,1>, so the exp table has min(1024, 2^5) = 32 entries × 18 bits = 576
        // bits: LUTROM (5 reads × 9 LUTs); the 1024-entry 1/x table is one BRAM_18K.
        var (_, node) = HandBuilt.Single(new SoftmaxOp(SoftmaxVariant.Stable), new Shape(5), FixedType.Parse("ap_fixed<6,2>"));
        var e = new SoftmaxCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(1, e.Resources.Bram18K);
        Assert.Contains("5 reads of a 32×18-bit table as LUTROM", e.Reasons.Bram, StringComparison.Ordinal);
        // Our own softmax of the same node reads a 1024-entry exp table: ⌈5/2⌉ BRAM copies + 1.
        var (_, exact) = HandBuilt.Single(new SoftmaxOp(), new Shape(5), FixedType.Parse("ap_fixed<6,2>"));
        Assert.Equal(3 + 1, new SoftmaxCostRule().Estimate(exact, HandBuilt.Context()).Resources.Bram18K);
    }

    [Fact]
    public void LegacyHasNoMultipliersAndNTimesNMinusOneExpReads()
    {
        // n = 5: 20 exp reads of a 1024×18-bit table (10 BRAM copies) and 5 reads of the 1/x table (3 copies).
        var (_, node) = HandBuilt.Single(new SoftmaxOp(SoftmaxVariant.Legacy), new Shape(5));
        var e = new SoftmaxCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(0, e.Resources.Dsp);
        Assert.Equal(10 + 3, e.Resources.Bram18K);
    }
}
