namespace Hls4Net.Conformance.Tests.Fixtures;

/// <summary>Element-wise comparison of a run's outputs with a fixture's expected outputs (same length asserted).</summary>
internal static class FixtureComparison
{
    public static double MaxAbsDifference(double[] actual, double[] expected) => Compare(actual, expected).Max;

    /// <summary>The largest absolute difference and how many values are exactly equal.</summary>
    public static (double Max, int Exact) Compare(double[] actual, double[] expected)
    {
        Assert.Equal(expected.Length, actual.Length);
        var max = 0.0;
        var exact = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var d = Math.Abs(actual[i] - expected[i]);
            max = Math.Max(max, d);
            if (d == 0) exact++;
        }
        return (max, exact);
    }
}
