using Hls4Net.Sweeps;

namespace Hls4Net.Compiler.Tests.Sweeps;

/// <summary>The grid syntax, expanded by hand.</summary>
public sealed class SweepGridTests
{
    [Fact]
    public void RangesExpandToEveryWidthAndIntegerPair()
    {
        Assert.Equal(["ap_fixed<8,4>", "ap_fixed<8,6>", "ap_fixed<10,4>", "ap_fixed<10,6>"], SweepGrid.ParsePrecisions("ap_fixed<8..10:2,4..6:2>"));
        Assert.Equal(["ap_fixed<4,3>", "ap_fixed<4,4>", "ap_fixed<5,3>", "ap_fixed<5,4>", "ap_fixed<5,5>"], SweepGrid.ParsePrecisions("ap_fixed<4..5,3..5>")); // I <= W
        Assert.Equal(6, SweepGrid.ParsePrecisions("ap_fixed<8..18:2,6>").Count);
        Assert.Equal(["ap_fixed<16,6>", "ap_fixed<8,3,AP_RND,AP_SAT>"], SweepGrid.ParsePrecisions("ap_fixed<16,6>; ap_fixed<8,3,AP_RND,AP_SAT>; ap_fixed<16,6>"));
        Assert.Throws<UsageException>(() => SweepGrid.ParsePrecisions("ap_fixed<10..8,4>"));
        Assert.Throws<UsageException>(() => SweepGrid.ParsePrecisions("float32"));
    }

    [Fact]
    public void PointsNestPrecisionThenReuseThenStrategy()
    {
        var grid = SweepGrid.Parse("ap_fixed<8..18:2,6>", "1,2,4,8", "Latency,resource");
        var points = grid.Points();
        Assert.Equal(48, points.Count);
        Assert.Equal(new SweepPoint("p01", "ap_fixed<8,6>", 1, "Latency"), points[0]);
        Assert.Equal(new SweepPoint("p02", "ap_fixed<8,6>", 1, "Resource"), points[1]);
        Assert.Equal(new SweepPoint("p03", "ap_fixed<8,6>", 2, "Latency"), points[2]);
        Assert.Equal(new SweepPoint("p48", "ap_fixed<18,6>", 8, "Resource"), points[47]);
        Assert.Throws<UsageException>(() => SweepGrid.Parse("ap_fixed<8,3>", "1,0", "Latency"));
        Assert.Throws<UsageException>(() => SweepGrid.Parse("ap_fixed<8,3>", "1", "Fast"));
    }

    [Fact]
    public void TheParetoFrontKeepsThePointsNothingBeats()
    {
        // (cost, accuracy): a (1, 0.5), b (2, 0.9), c (3, 0.8) beaten by b, d (2, 0.9) equal to b, e (4, 0.95).
        var front = ParetoFront.Of([("a", 1, 0.5), ("b", 2, 0.9), ("c", 3, 0.8), ("d", 2, 0.9), ("e", 4, 0.95)], higherIsBetter: true);
        Assert.Equal(["a", "b", "d", "e"], front.Order(StringComparer.Ordinal));
        // Lower is better: (1, 0.3), (2, 0.1), (3, 0.2) beaten by (2, 0.1).
        Assert.Equal(["x", "y"], ParetoFront.Of([("x", 1, 0.3), ("y", 2, 0.1), ("z", 3, 0.2)], higherIsBetter: false).Order(StringComparer.Ordinal));
    }
    [Fact]
    public void TheProgressBarShowsTheShareDoneAndTheTimeLeftAtTheRateSoFar()
    {
        // 12 of 48 points in 3 s: 0.25 s per point, 36 left = 9 s; 12/48 of 20 columns = 5.
        Assert.Equal("[#####---------------] 12/48 points, 3.0 s, ETA 9.0 s", new SweepProgress(12, 48, TimeSpan.FromSeconds(3)).Bar());
        Assert.Equal("[--------------------] 0/48 points, 0.0 s, ETA ?", new SweepProgress(0, 48, TimeSpan.Zero).Bar());
    }
}
