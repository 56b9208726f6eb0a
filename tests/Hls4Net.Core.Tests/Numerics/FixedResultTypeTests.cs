using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Result-type rules, expectations hand-computed from spec sections 4 and 6 (B3-B8, B7, B23, B24, B29).</summary>
public sealed class FixedResultTypeTests
{
    private static FixedType P(string s) => FixedType.Parse(s);

    [Fact]
    public void FixedOperatorsMatchWorkedExamples()
    {
        var a = P("ap_fixed<8,4>");
        Assert.Equal(P("ap_fixed<13,5>"), FixedType.AddResult(a, P("ap_fixed<10,2>")));
        Assert.Equal(P("ap_fixed<10,6>"), FixedType.AddResult(a, P("ap_ufixed<8,4>")));
        Assert.Equal(P("ap_fixed<9,5>"), FixedType.SubResult(P("ap_ufixed<8,4>"), P("ap_ufixed<8,4>")));
        Assert.Equal(P("ap_ufixed<9,5>"), FixedType.AddResult(P("ap_ufixed<8,4>"), P("ap_ufixed<8,4>")));
        Assert.Equal(P("ap_fixed<18,6>"), FixedType.MulResult(a, P("ap_fixed<10,2>")));
        Assert.Equal(P("ap_fixed<17,13>"), FixedType.DivResult(a, P("ap_fixed<10,2>")));
        Assert.Equal(P("ap_fixed<13,7>"), FixedType.AddResult(P("ap_fixed<4,6>"), P("ap_fixed<4,-2>")));
    }

    [Fact]
    public void CIntegerOperandsActLikeApFixedBB()
    {
        var a = P("ap_fixed<8,4>");
        var int32 = new FixedType(32, 32, true);
        Assert.Equal(P("ap_fixed<37,33>"), FixedType.AddResult(a, int32));
        Assert.Equal(P("ap_fixed<40,36>"), FixedType.MulResult(a, int32));
        Assert.Equal(P("ap_fixed<9,5>"), FixedType.DivResult(a, int32));
        Assert.Equal(P("ap_fixed<38,34>"), FixedType.SubResult(a, new FixedType(32, 32, false)));
        Assert.Equal(P("ap_fixed<13,9>"), FixedType.AddResult(a, new FixedType(8, 8, true)));
        Assert.Equal(P("ap_fixed<9,5>"), FixedType.AddResult(a, new FixedType(1, 1, false)));
        Assert.Equal(P("ap_fixed<10,6>"), FixedType.AddResult(a, P("ap_int<5>")));
    }

    [Fact]
    public void ResultsDropOperandModes()
    {
        var r = FixedType.AddResult(P("ap_fixed<8,4,AP_RND,AP_SAT,2>"), P("ap_fixed<8,4,AP_RND_CONV,AP_SAT_SYM>"));
        Assert.Equal(P("ap_fixed<9,5>"), r);
        Assert.Equal(QuantMode.Trn, r.Quant);
        Assert.Equal(OverflowMode.Wrap, r.Overflow);
        Assert.Equal(0, r.SatBits);
    }

    [Fact]
    public void UnaryAndBitwise()
    {
        Assert.Equal(P("ap_fixed<6,6>"), FixedType.NegResult(P("ap_fixed<5,5>"))); // [B16]
        Assert.Equal(P("ap_fixed<9,5>"), FixedType.NegResult(P("ap_ufixed<8,4>")));
        Assert.Equal(P("ap_fixed<9,5>"), FixedType.BitwiseResult(P("ap_fixed<8,4>"), P("ap_ufixed<8,4>")));
    }

    [Fact]
    public void ApIntOperators()
    {
        Assert.Equal(P("ap_int<200>"), FixedType.MulResult(P("ap_int<100>"), P("ap_int<100>"))); // [B23]
        Assert.Equal(P("ap_uint<71>"), FixedType.AddResult(P("ap_uint<70>"), P("ap_uint<1>")));
        Assert.Equal(P("ap_int<72>"), FixedType.AddResult(P("ap_uint<70>"), P("ap_int<32>"))); // [B29]
        Assert.Equal(P("ap_int<33>"), FixedType.AddResult(P("ap_int<8>"), P("ap_int<32>"))); // ia+1 [B24]
        Assert.Equal(P("ap_int<10>"), FixedType.SubResult(P("ap_uint<8>"), P("ap_int<8>")));
        Assert.Equal(P("ap_int<9>"), FixedType.SubResult(P("ap_uint<8>"), P("ap_uint<8>")));
        Assert.Equal(P("ap_int<9>"), FixedType.DivResult(P("ap_int<8>"), P("ap_int<8>")));
        Assert.Equal(P("ap_int<8>"), FixedType.DivResult(P("ap_int<8>"), P("ap_uint<8>")));
        Assert.Equal(P("ap_int<8>"), FixedType.ModResult(P("ap_int<8>"), P("ap_uint<8>")));
        Assert.Equal(P("ap_int<5>"), FixedType.ModResult(P("ap_int<8>"), P("ap_uint<4>")));
        Assert.Equal(P("ap_uint<4>"), FixedType.ModResult(P("ap_uint<8>"), P("ap_int<4>")));
        Assert.Equal(P("ap_int<9>"), FixedType.NegResult(P("ap_uint<8>")));
        Assert.Equal(P("ap_uint<8>"), FixedType.BitwiseResult(P("ap_uint<8>"), P("ap_uint<3>")));
        Assert.Throws<FixedTypeException>(() => FixedType.ModResult(P("ap_fixed<8,4>"), P("ap_int<4>")));
    }
}
