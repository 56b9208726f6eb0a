namespace Hls4Net.Optimization;

/// <summary>Observed range of a set of values: minimum, maximum and the 0.1 % / 99.9 % percentiles.</summary>
public sealed record ValueRange(double Min, double Max, double Low, double High, long Count)
{
    /// <summary>The larger of |min| and |max|.</summary>
    public double MaxAbs => Math.Max(Math.Abs(Min), Math.Abs(Max));

    /// <summary>The range of <paramref name="values"/> (an empty set gives zeros).</summary>
    public static ValueRange Of(ReadOnlySpan<double> values)
    {
        if (values.Length == 0) return new ValueRange(0, 0, 0, 0, 0);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return new ValueRange(sorted[0], sorted[^1], Percentile(sorted, 0.001), Percentile(sorted, 0.999), sorted.Length);
    }

    /// <summary>The range of <paramref name="values"/> (floats, e.g. weights).</summary>
    public static ValueRange Of(float[] values) => Of(values.Select(v => (double)v).ToArray());

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
