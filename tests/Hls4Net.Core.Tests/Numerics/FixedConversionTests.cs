using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Conversion examples hand-computed from spec sections 2, 3 and 5.</summary>
public sealed class FixedConversionTests
{
    private static FixedType P(string s) => FixedType.Parse(s);

    [Fact]
    public void StoresTwosComplement() => Assert.Equal(-40L, FixedMath.FromDouble(-2.5, P("ap_fixed<8,4>"))); // 0xD8 [B1]

    [Fact]
    public void AssignmentUsesDestinationModes()
    {
        var src = P("ap_fixed<8,4,AP_RND,AP_SAT>");
        long raw = FixedMath.FromDouble(7.9375, src);
        Assert.Equal(-0.125, Value(FixedMath.Convert(raw, src, P("ap_fixed<6,3>"), out bool o1), 3));  // [B15]
        Assert.True(o1);
        Assert.Equal(3.875, Value(FixedMath.Convert(raw, src, P("ap_fixed<6,3,AP_RND,AP_SAT>"), out _), 3));
        // Unary minus widens: -(-8) = 8 in ap_fixed<5,5>; back into <4,4> wraps to -8 or saturates to 7 [B16].
        Assert.Equal(-8L, FixedMath.Convert(8L, 0, P("ap_fixed<4,4>")));
        Assert.Equal(7L, FixedMath.Convert(8L, 0, P("ap_fixed<4,4,AP_TRN,AP_SAT>")));
    }

    [Fact]
    public void OverflowFlagReportsOutOfRangeBeforeOverflowStep()
    {
        FixedMath.FromDouble(7.9, P("ap_fixed<8,4,AP_RND,AP_SAT>"), out bool inRange);
        Assert.False(inRange);
        FixedMath.FromDouble(7.97, P("ap_fixed<8,4,AP_RND,AP_SAT>"), out bool rounded); // rounds to 8 [A26]
        Assert.True(rounded);
        FixedMath.FromDouble(-8, P("ap_fixed<4,4,AP_TRN,AP_SAT_SYM>"), out bool sym); // [A21]
        Assert.True(sym);
        FixedMath.FromDouble(-8, P("ap_fixed<4,4>"), out bool min);
        Assert.False(min);
    }

    [Fact]
    public void IntegersAndApInt()
    {
        Assert.Equal(7L, FixedMath.FromInt64(5, P("ap_fixed<4,2,AP_TRN,AP_SAT>"))); // 1.75 [B31]
        Assert.Equal(-7L, FixedMath.ToInt64(-30, 2)); // to_int(-7.5) = -7 [B17]
        Assert.Equal(-8L, FixedMath.Convert(-30L, 2, P("ap_fixed<4,4>")));
        Assert.Equal(-4L, FixedMath.Convert(-82L, 2, P("ap_int<4>"))); // ap_int<4> = -20.5 -> -4
        Assert.Equal(2L, FixedMath.FromDouble(2.7, P("ap_int<8>"))); // [B26]
        Assert.Equal(-2L, FixedMath.FromDouble(-2.7, P("ap_int<8>")));
        Assert.Equal(44L, FixedMath.FromDouble(300.5, P("ap_int<8>")));
        Assert.Equal(253L, FixedMath.FromDouble(-3.0, P("ap_uint<8>")));
        Assert.Equal(-56L, FixedMath.Convert(200L, 0, P("ap_int<8>"))); // 100 += 100 [B25]
    }

    [Fact]
    public void SpecialDoubles()
    {
        var sat = P("ap_fixed<8,4,AP_TRN,AP_SAT>");
        Assert.Equal(-128L, FixedMath.FromDouble(double.NegativeInfinity, sat));
        double posNaN = BitConverter.Int64BitsToDouble(0x7FF8000000000000);
        double negNaN = BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000000));
        Assert.Equal(127L, FixedMath.FromDouble(posNaN, sat)); // NaN acts like the infinity of its sign bit [B37]
        Assert.Equal(-128L, FixedMath.FromDouble(negNaN, sat));
        Assert.Equal(0L, FixedMath.FromDouble(-0.0, sat));
        Assert.Equal(-1L, FixedMath.FromDouble(-double.Epsilon, P("ap_fixed<8,4>")));
        Assert.Equal(0L, FixedMath.FromDouble(-double.Epsilon, P("ap_fixed<8,4,AP_TRN_ZERO>")));
    }

    [Fact]
    public void ToDoubleAndToFloatRoundOnce()
    {
        // 1 + 2^-24 + 2^-60 in ap_fixed<64,2>: to_float gives 1.00000012, via double gives 1.0 [B18].
        long raw = (1L << 62) + (1L << 38) + (1L << 2);
        Assert.Equal(1.0000001192092896f, FixedMath.ToSingle(raw, 62));
        Assert.Equal(1.0f, (float)FixedMath.ToDouble(raw, 62));
        Assert.Equal(FixedMath.ToSingle(raw, 62), FixedMath.ToSingle((BigInteger)raw, 62));
        var rng = new Random(7);
        for (int i = 0; i < 20000; i++)
        {
            long r = rng.NextInt64(long.MinValue, long.MaxValue) >> rng.Next(0, 60);
            int f = rng.Next(-20, 80);
            Assert.Equal(FixedMath.ToDouble((BigInteger)r, f), FixedMath.ToDouble(r, f));
            Assert.Equal(FixedMath.ToSingle((BigInteger)r, f), FixedMath.ToSingle(r, f));
        }
    }

    [Fact]
    public void DivisionTruncatesTowardZero()
    {
        var t = P("ap_fixed<8,4>");
        var q = FixedType.DivResult(t, t);
        var one = FixedMath.FromDouble(1, t);
        var three = FixedMath.FromDouble(3, t);
        var r = FixedArith.Div(one, t, three, t);
        Assert.Equal(0.3125, Value((long)FixedMath.Convert(r, q.FracBits, t, out _), 4)); // [B9]
        Assert.Equal(-0.3125, Value((long)FixedMath.Convert(FixedArith.Div(-one, t, three, t), q.FracBits, t, out _), 4));
        var t6 = P("ap_fixed<6,3,AP_RND>");
        var q6 = FixedArith.Div(FixedMath.FromDouble(1, t6), t6, 3, P("ap_fixed<32,32>"));
        Assert.Equal(0.25, Value((long)FixedMath.Convert(q6, FixedType.DivResult(t6, P("ap_fixed<32,32>")).FracBits, t6, out _), 3));
    }

    private static double Value(long raw, int f) => FixedMath.ToDouble(raw, f);
}
