using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

public sealed class FixedTypeParseTests
{
    [Theory]
    [InlineData("ap_fixed<16,6>", 16, 6, true, QuantMode.Trn, OverflowMode.Wrap, 0, false)]
    [InlineData("ap_fixed<8,3,AP_RND,AP_SAT>", 8, 3, true, QuantMode.Rnd, OverflowMode.Sat, 0, false)]
    [InlineData("ap_fixed<8,3,AP_RND,AP_SAT,2>", 8, 3, true, QuantMode.Rnd, OverflowMode.Sat, 2, false)]
    [InlineData("ap_ufixed<8,0>", 8, 0, false, QuantMode.Trn, OverflowMode.Wrap, 0, false)]
    [InlineData("ap_int<8>", 8, 8, true, QuantMode.Trn, OverflowMode.Wrap, 0, true)]
    [InlineData("ap_uint<4>", 4, 4, false, QuantMode.Trn, OverflowMode.Wrap, 0, true)]
    [InlineData("fixed<16,6,RND,SAT>", 16, 6, true, QuantMode.Rnd, OverflowMode.Sat, 0, false)]
    [InlineData("ufixed<10,2,RND_CONV,SAT_SYM>", 10, 2, false, QuantMode.RndConv, OverflowMode.SatSym, 0, false)]
    [InlineData("int<8>", 8, 8, true, QuantMode.Trn, OverflowMode.Wrap, 0, true)]
    [InlineData("uint<8>", 8, 8, false, QuantMode.Trn, OverflowMode.Wrap, 0, true)]
    [InlineData("  ap_fixed < 4 , -2 , AP_RND_MIN_INF , AP_WRAP_SM , 1 >  ", 4, -2, true, QuantMode.RndMinInf, OverflowMode.WrapSm, 1, false)]
    [InlineData("fixed<6,8,RND_ZERO,SAT_ZERO>", 6, 8, true, QuantMode.RndZero, OverflowMode.SatZero, 0, false)]
    [InlineData("fixed<6,3,RND_INF,WRAP>", 6, 3, true, QuantMode.RndInf, OverflowMode.Wrap, 0, false)]
    [InlineData("fixed<6,3,TRN_ZERO,WRAP_SM,3>", 6, 3, true, QuantMode.TrnZero, OverflowMode.WrapSm, 3, false)]
    [InlineData("fixed<6,3,TRN>", 6, 3, true, QuantMode.Trn, OverflowMode.Wrap, 0, false)]
    public void ParsesAllSpellings(string text, int w, int i, bool s, QuantMode q, OverflowMode o, int n, bool isInt)
    {
        var t = FixedType.Parse(text);
        Assert.Equal(new FixedType(w, i, s, q, o, n, isInt), t);
        Assert.True(FixedType.TryParse(text, out var t2));
        Assert.Equal(t, t2);
        Assert.Equal(t, FixedType.Parse(t.ToString()));
    }

    [Theory]
    [InlineData("ap_fixed<16,6>", "ap_fixed<16,6>")]
    [InlineData("fixed<16,6,TRN,WRAP,0>", "ap_fixed<16,6>")]
    [InlineData("fixed<8,3,RND>", "ap_fixed<8,3,AP_RND>")]
    [InlineData("fixed<8,3,RND,SAT>", "ap_fixed<8,3,AP_RND,AP_SAT>")]
    [InlineData("fixed<8,3,TRN,SAT>", "ap_fixed<8,3,AP_TRN,AP_SAT>")]
    [InlineData("fixed<8,3,TRN,WRAP,2>", "ap_fixed<8,3,AP_TRN,AP_WRAP,2>")]
    [InlineData("ufixed<8,0>", "ap_ufixed<8,0>")]
    [InlineData("int<8>", "ap_int<8>")]
    [InlineData("uint<70>", "ap_uint<70>")]
    public void ToStringIsCanonical(string text, string canonical) =>
        Assert.Equal(canonical, FixedType.Parse(text).ToString());

    [Theory]
    [InlineData("ap_fixed<0,3>", "invalid precision 'ap_fixed<0,3>': width must be at least 1")]
    [InlineData("ap_fixed<1025,3>", "width must be at most 1024")]
    [InlineData("ap_fixed<8,3,AP_RND,AP_SAT,9>", "saturation bits N=9")]
    [InlineData("ap_ufixed<8,3,AP_TRN,AP_WRAP_SM>", "AP_WRAP_SM is not allowed for unsigned")]
    [InlineData("ap_fixed<8,3,AP_ROUND>", "unknown quantization mode 'AP_ROUND'")]
    [InlineData("ap_fixed<8,3,AP_RND,AP_SATURATE>", "unknown overflow mode 'AP_SATURATE'")]
    [InlineData("ap_fixed<8>", "2 to 5 arguments")]
    [InlineData("ap_fixed<8,3,AP_RND,AP_SAT,0,1>", "2 to 5 arguments")]
    [InlineData("ap_int<8,3>", "exactly one argument")]
    [InlineData("ap_float<8,3>", "unknown type name 'ap_float'")]
    [InlineData("ap_fixed<a,3>", "width 'a' is not an integer")]
    [InlineData("ap_fixed<8,,>", "empty template argument")]
    [InlineData("ap_fixed 8,3", "expected 'name<args>'")]
    [InlineData("", "expected 'name<args>'")]
    public void RejectsBadStrings(string text, string fragment)
    {
        var e = Assert.Throws<FixedTypeException>(() => FixedType.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains(fragment, e.Message);
        Assert.False(FixedType.TryParse(text, out _));
    }

    [Fact]
    public void ConstructorValidates()
    {
        var e = Assert.Throws<FixedTypeException>(() => new FixedType(0, 3, true));
        Assert.Equal("invalid precision 'ap_fixed<0,3>': width must be at least 1", e.Message);
        Assert.Throws<FixedTypeException>(() => new FixedType(8, 3, false, QuantMode.Trn, OverflowMode.WrapSm));
        Assert.Throws<FixedTypeException>(() => new FixedType(8, 3, true, SatBits: -1));
        Assert.Throws<FixedTypeException>(() => new FixedType(8, 3, true, IsInteger: true));
        Assert.Equal(2000, FixedType.Int(2000).Width); // ap_int<2000> needs no macro [B38]
        Assert.False(FixedType.TryParse(null, out _));
    }

    [Fact]
    public void RangeHelpers()
    {
        var t = FixedType.Parse("ap_fixed<8,4>");
        Assert.Equal(4, t.FracBits);
        Assert.Equal(-128L, t.MinRawInt64);
        Assert.Equal(127L, t.MaxRawInt64);
        Assert.Equal(-8.0, t.MinValue);
        Assert.Equal(7.9375, t.MaxValue); // [B2]
        Assert.Equal(15.9375, FixedType.Parse("ap_ufixed<8,4>").MaxValue);
        Assert.Equal(28.0, FixedType.Parse("ap_fixed<4,6>").MaxValue); // [A35]
        Assert.Equal(0.109375, FixedType.Parse("ap_fixed<4,-2>").MaxValue); // [A36]
        Assert.True(FixedType.Parse("ap_fixed<64,3>").FitsInt64);
        Assert.False(FixedType.Parse("ap_ufixed<64,3>").FitsInt64);
        Assert.Equal(ulong.MaxValue, (ulong)FixedType.Parse("ap_uint<64>").MaxRaw);
        Assert.Throws<InvalidOperationException>(() => FixedType.Parse("ap_uint<64>").MaxRawInt64);
        Assert.Equal(long.MaxValue, FixedType.Parse("ap_uint<63>").MaxRawInt64);
        Assert.Equal(long.MinValue, FixedType.Parse("ap_int<64>").MinRawInt64);
    }
}
