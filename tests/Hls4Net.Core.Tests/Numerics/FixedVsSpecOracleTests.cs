using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>FixedMath against the naive transcription of spec section 2 on random types and edge inputs.</summary>
public sealed class FixedVsSpecOracleTests
{
    [Fact]
    public void DoubleConversionsMatchOracle()
    {
        var rng = new Random(11);
        var values = new RandomFixedValues(12);
        var failures = new List<string>();
        int cases = 0;
        for (int ti = 0; ti < 4000; ti++)
        {
            var t = RandomType(rng, ti, ti % 10 == 0 ? 200 : 64);
            for (int s = 0; s < 9; s++, cases++)
            {
                double x = values.Double(t, s + ti);
                long bits = BitConverter.DoubleToInt64Bits(x);
                int exp = (int)((bits >> 52) & 0x7FF);
                long frac = bits & ((1L << 52) - 1);
                BigInteger m = exp == 0x7FF ? 1 : exp == 0 ? frac : frac | (1L << 52);
                int e = exp == 0x7FF ? 1024 : exp == 0 ? -1074 : exp - 1075;
                if (bits < 0)
                    m = -m;
                var expected = SpecOracle.Convert(m, e, t);
                var actual = FixedMath.FromDoubleBig(x, t, out _);
                if (expected != actual && failures.Count < 20)
                    failures.Add($"{t} <- {x:R}: oracle {expected}, FixedMath {actual}");
            }
        }
        Assert.True(failures.Count == 0, $"{cases} cases:\n" + string.Join("\n", failures));
    }

    [Fact]
    public void FixedToFixedConversionsMatchOracle()
    {
        var rng = new Random(13);
        var values = new RandomFixedValues(14);
        var failures = new List<string>();
        for (int ti = 0; ti < 20000; ti++)
        {
            var from = RandomType(rng, ti + 3, 64);
            var to = RandomType(rng, ti, 64);
            var raw = values.Raw(from);
            var expected = SpecOracle.Convert(raw, -from.FracBits, to);
            var slow = FixedMath.Convert(raw, from.FracBits, to, out _);
            if (expected != slow && failures.Count < 20)
                failures.Add($"{from} raw {raw} -> {to}: oracle {expected}, slow {slow}");
            if (from.FitsInt64 && to.FitsInt64 && FixedMath.Convert((long)raw, from.FracBits, to) != expected && failures.Count < 20)
                failures.Add($"{from} raw {raw} -> {to}: oracle {expected}, fast {FixedMath.Convert((long)raw, from.FracBits, to)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static FixedType RandomType(Random rng, int index, int maxW)
    {
        var q = (QuantMode)(index % 7);
        var o = (OverflowMode)(index / 7 % 5);
        bool signed = o == OverflowMode.WrapSm || rng.Next(2) == 0;
        int w = rng.Next(3) == 0 ? rng.Next(1, 9) : rng.Next(1, maxW + 1);
        int i = rng.Next(5) switch { 0 => -rng.Next(1, 20), 1 => 0, 2 => w + rng.Next(1, 20), _ => rng.Next(1, w + 1) };
        return new FixedType(w, i, signed, q, o, Math.Min(rng.Next(4), w));
    }
}
