namespace Hls4Net.Benchmarking;

/// <summary>Order statistics of timed runs.</summary>
public static class BenchStatistics
{
    /// <summary>The median (mean of the two middle values for an even count); the input is not modified.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0) throw new ArgumentException("no values", nameof(values));
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
