using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes.AutoPrecision;

namespace Hls4Net.Core.Tests.Passes.AutoPrecision;

/// <summary>Worked examples of the bit-growth rules, each derived by hand in the comments.</summary>
public sealed class BitGrowthTests
{
    private static FixedType T(string text) => FixedType.Parse(text);

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(16, 4)]
    [InlineData(17, 5)]
    [InlineData(1024, 10)]
    public void CeilLog2(long n, int bits) => Assert.Equal(bits, BitGrowth.CeilLog2(n));

    [Fact]
    public void DenseOf16InputsWithModelDefaultTypes()
    {
        // products: 16 + 16 = 32 bits, 6 + 6 = 12 integer; 16 terms: + ceil(log2 16) = 4 -> 36 bits, 16 integer, 20 fractional.
        // bias ap_fixed<16,6> (10 fractional): integer = max(16, 6) + 1 = 17; width = 17 + max(20, 10) = 37.
        Assert.Equal(T("ap_fixed<37,17>"), BitGrowth.MultiplyAccumulate(T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), 16, withBias: true));
        // without the bias term: 36 bits, 16 integer.
        Assert.Equal(T("ap_fixed<36,16>"), BitGrowth.MultiplyAccumulate(T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), 16, withBias: false));
    }

    [Fact]
    public void UnsignedInputSignedWeightsAndAWideFractionBias()
    {
        // input ap_ufixed<6,0> x weight ap_fixed<4,1>: 10 bits, 1 integer, signed; 3 terms: +2 -> 12 bits, 3 integer, 9 fractional.
        // bias ap_ufixed<14,2> (12 fractional, unsigned while the sum is signed: +1 integer): integer = max(3, 2 + 1) + 1 = 4;
        // width = 4 + max(9, 12) = 16, signed.
        Assert.Equal(T("ap_fixed<16,4>"), BitGrowth.MultiplyAccumulate(T("ap_ufixed<6,0>"), T("ap_fixed<4,1>"), T("ap_ufixed<14,2>"), 3, withBias: true));
    }

    [Fact]
    public void BatchNormScaleShift()
    {
        // x ap_fixed<16,6> * scale ap_fixed<16,6>: 32 bits, 12 integer (20 fractional); + shift ap_fixed<16,6>:
        // integer max(12, 6) + 1 = 13, width 13 + max(20, 10) = 33.
        Assert.Equal(T("ap_fixed<33,13>"), BitGrowth.ScaleShift(T("ap_fixed<16,6>"), T("ap_fixed<16,6>"), T("ap_fixed<16,6>")));
    }

    [Fact]
    public void MergeRules()
    {
        // add: integer max(6, 4) + 1 = 7, fractional max(10, 6) = 10 -> 17 bits.
        Assert.Equal(T("ap_fixed<17,7>"), BitGrowth.Add(T("ap_fixed<16,6>"), T("ap_fixed<10,4>"), subtract: false));
        // subtract of two unsigned: signed; integer max(3, 3) + 1 = 4, fractional 5 -> 9 bits.
        Assert.Equal(T("ap_fixed<9,4>"), BitGrowth.Add(T("ap_ufixed<8,3>"), T("ap_ufixed<8,3>"), subtract: true));
        // unsigned + signed: the unsigned one needs one more integer bit: max(3 + 1, 2) + 1 = 5; fractional max(5, 6) = 6.
        Assert.Equal(T("ap_fixed<11,5>"), BitGrowth.Add(T("ap_ufixed<8,3>"), T("ap_fixed<8,2>"), subtract: false));
        // multiply: widths and integers add.
        Assert.Equal(T("ap_fixed<24,9>"), BitGrowth.Multiply(T("ap_fixed<16,6>"), T("ap_ufixed<8,3>")));
        // maximum/concatenation of ap_ufixed<8,3> and ap_fixed<8,2>: integer max(3 + 1, 2) = 4, fractional max(5, 6) = 6.
        Assert.Equal(T("ap_fixed<10,4>"), BitGrowth.Union(T("ap_ufixed<8,3>"), T("ap_fixed<8,2>"), keepModes: false));
        Assert.Equal(T("ap_fixed<10,4,AP_RND,AP_SAT>"), BitGrowth.Union(T("ap_ufixed<8,3>"), T("ap_fixed<8,2,AP_RND,AP_SAT>"), keepModes: true));
        Assert.Equal(T("ap_fixed<8,2>"), BitGrowth.Union(T("ap_fixed<8,2>"), T("ap_fixed<8,2>"), keepModes: false));
    }

    [Fact]
    public void MaximumCapsWidthAndIntegerAndTakesItsSignAndUserModes()
    {
        var cap = new MaximumPrecision(T("ap_fixed<24,10,AP_RND,AP_SAT>"));
        Assert.Equal(T("ap_fixed<24,10,AP_RND,AP_SAT>"), cap.Apply(T("ap_fixed<37,17>"), out var capped));
        Assert.True(capped);
        Assert.Equal(T("ap_fixed<20,8,AP_RND,AP_SAT>"), cap.Apply(T("ap_ufixed<20,8>"), out capped));
        Assert.False(capped);
        var none = new MaximumPrecision(null);
        Assert.Equal(T("ap_fixed<37,17>"), none.Apply(T("ap_fixed<37,17>"), out capped));
        Assert.False(capped);
    }
}
