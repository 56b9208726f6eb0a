using Hls4Net.Optimization;

namespace Hls4Net.Compiler.Tests.Optimization;

/// <summary>The precision search's small parts, against values worked out by hand.</summary>
public sealed class PrecisionSearchPartsTests
{
    [Theory]
    [InlineData(-1.0, 0.9, true, 1)]     // ap_fixed<W,1> holds [-1, 1)
    [InlineData(-0.5, 1.0, true, 2)]     // 1.0 needs [-2, 2)
    [InlineData(-4.0, 3.9, true, 3)]     // [-4, 4)
    [InlineData(-4.01, 3.0, true, 4)]    // -4.01 needs [-8, 8)
    [InlineData(-0.1, 0.2, true, 1)]     // at least the sign bit
    [InlineData(0.0, 21.8, false, 5)]    // ap_ufixed<W,5> holds [0, 32)
    [InlineData(0.0, 32.0, false, 6)]
    [InlineData(0.0, 0.7, false, 0)]     // ap_ufixed<W,0> holds [0, 1)
    [InlineData(0.0, 0.0, true, 1)]
    public void IntegerBitsHoldTheRange(double min, double max, bool signed, int expected) =>
        Assert.Equal(expected, IntegerBits.For(min, max, signed));

    [Fact]
    public void TargetsParseAndTighten()
    {
        var argmax = PrecisionTarget.Parse("argmax>=0.999");
        Assert.Equal(new PrecisionTarget(TargetMetric.Argmax, 0.999), argmax);
        Assert.Equal(0.9995, argmax.Tightened(0.5).Threshold, 12);
        Assert.True(argmax.IsMet(0.999));
        Assert.False(argmax.IsMet(0.9989));
        Assert.Equal(0.0001, argmax.Shortfall(0.9989), 12);
        var maxAbs = PrecisionTarget.Parse("max-abs <= 0.02");
        Assert.Equal(new PrecisionTarget(TargetMetric.MaxAbs, 0.02), maxAbs);
        Assert.Equal(0.01, maxAbs.Tightened(0.5).Threshold, 12);
        Assert.False(maxAbs.IsMet(double.NaN));
        Assert.Equal(TargetMetric.RelRmse, PrecisionTarget.Parse("rel-rmse<=0.1").Metric);
        Assert.Throws<UsageException>(() => PrecisionTarget.Parse("argmax>=1.5"));
        Assert.Throws<UsageException>(() => PrecisionTarget.Parse("accuracy>=0.9"));
        Assert.Throws<UsageException>(() => argmax.Tightened(1));
    }

    [Fact]
    public void TheMarginHoldsBackAFractionOfTheSlackTheStartHas()
    {
        var argmax = PrecisionTarget.Parse("argmax>=0.999");
        // A start without error: the full margin, 1 - 0.001 * 0.3.
        Assert.Equal(0.9997, argmax.ForSearch(1.0, 0, 0.7).Threshold, 12);
        // A start at 0.9997 (3 softmax ties in 10,000): 0.999 + 0.7 * (0.9997 - 0.999) = 0.99949.
        Assert.Equal(0.99949, argmax.ForSearch(0.9997, 0, 0.7).Threshold, 12);
        // A start that misses the target, or overflows: the full margin (the search reports it out of reach).
        Assert.Equal(0.9997, argmax.ForSearch(0.998, 0, 0.7).Threshold, 12);
        Assert.Equal(0.9997, argmax.ForSearch(0.9999, 3, 0.7).Threshold, 12);
        // max-abs<=0.02 from a start error of 0.001, margin 0.5: 0.02 + 0.5 * (0.001 - 0.02) = 0.0105.
        Assert.Equal(0.0105, PrecisionTarget.Parse("max-abs<=0.02").ForSearch(0.001, 0, 0.5).Threshold, 12);
        Assert.Equal(0.01, PrecisionTarget.Parse("max-abs<=0.02").ForSearch(0.0, 0, 0.5).Threshold, 12);
    }

    [Fact]
    public void MetricsAreMeasuredOnTheOutputs()
    {
        // Two samples of three classes: the first agrees (index 1), the second does not (0 vs 2).
        double[] actual = [0.1, 0.8, 0.1, 0.5, 0.2, 0.3];
        double[] expected = [0.2, 0.7, 0.1, 0.3, 0.2, 0.5];
        Assert.Equal(0.5, new PrecisionTarget(TargetMetric.Argmax, 0.9).Measure([actual], [expected], [3]));
        Assert.Equal(0.2, new PrecisionTarget(TargetMetric.MaxAbs, 0.1).Measure([actual], [expected], [3]), 12);
        // Squared errors 0.01+0.01+0+0.04+0+0.04 = 0.10; squares of expected 0.04+0.49+0.01+0.09+0.04+0.25 = 0.92.
        Assert.Equal(Math.Sqrt(0.10 / 0.92), new PrecisionTarget(TargetMetric.RelRmse, 0.1).Measure([actual], [expected], [3]), 12);
    }

    [Fact]
    public void LevelSearchFindsTheLowestPassingLevelWithFewProbes()
    {
        var asked = new List<int>();
        var lowest = LevelSearch.Lowest(0, 18, level => { lock (asked) asked.Add(level); return level >= 7; }, 2);
        Assert.Equal(7, lowest);
        Assert.True(asked.Count <= 8, string.Join(",", asked));
        Assert.Equal(0, LevelSearch.Lowest(0, 18, _ => true, 2));
        Assert.Equal(18, LevelSearch.Lowest(0, 18, level => level >= 18, 1));
        Assert.Equal([6, 12], LevelSearch.Probes(0, 17, 2)); // 18 levels split in thirds
        Assert.Equal([3, 4], LevelSearch.Probes(3, 4, 2));
    }
}
