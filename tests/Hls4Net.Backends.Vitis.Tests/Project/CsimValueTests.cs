using System.Numerics;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>The csim log's exact tokens of outputs wider than 53 bits, and exact matching of printed values.</summary>
public sealed class CsimValueTests
{
    [Fact]
    public void Exact_tokens_parse_to_raw_codes_and_decimal_tokens_stay_doubles()
    {
        var rows = CsimLogParser.ParseValues("-0x3p-94 0x1000000000000000000000001p-94 0.25 -0x0p-94\n", "log");
        var wide = FixedType.Parse("ap_fixed<100,6>");
        Assert.Equal(-3, rows[0][0].Raw);
        Assert.Equal(94, rows[0][0].FracBits);
        Assert.True(rows[0][1].Matches(BigInteger.Pow(2, 96) + 1, wide));
        Assert.False(rows[0][1].Matches(BigInteger.Pow(2, 96), wide)); // one LSB off: not equal although the doubles are
        Assert.Equal(rows[0][1].Value, FixedMath.ToDouble(BigInteger.Pow(2, 96), 94));
        Assert.False(rows[0][2].IsExact);
        Assert.True(rows[0][2].Matches(BigInteger.Pow(2, 92), wide)); // 0.25 exactly
        Assert.True(rows[0][3].Matches(BigInteger.Zero, wide));
        Assert.Equal([-3 * Math.Pow(2, -94), Math.Pow(2, 2), 0.25, 0], CsimLogParser.Parse("-0x3p-94 0x1000000000000000000000001p-94 0.25 -0x0p-94", "log")[0]);
    }

    [Fact]
    public void A_rounded_decimal_never_matches_a_wide_code()
    {
        // 1 + 2^-60 in ap_fixed<100,6> printed with %.17g would read back as 1.0: not the same value.
        var wide = FixedType.Parse("ap_fixed<100,6>");
        var raw = BigInteger.Pow(2, 94) + BigInteger.Pow(2, 34);
        Assert.False(new CsimValue(1.0).Matches(raw, wide));
        Assert.True(new CsimValue(1.0).Matches(BigInteger.Pow(2, 94), wide));
        Assert.False(new CsimValue(double.NaN).Matches(BigInteger.Zero, wide));
    }
}
