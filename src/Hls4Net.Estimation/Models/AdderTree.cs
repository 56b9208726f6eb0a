namespace Hls4Net.Estimation.Models;

/// <summary>
/// Adder trees: summing n terms takes n−1 two-input adders of the accumulator width, in ⌈log2 n⌉ levels.
/// </summary>
public static class AdderTree
{
    /// <summary>Two-input adders to sum <paramref name="terms"/> values.</summary>
    public static long Adders(long terms) => Math.Max(0, terms - 1);

    /// <summary>Levels of a balanced tree over <paramref name="terms"/> values (0 for one term).</summary>
    public static int Levels(long terms)
    {
        var levels = 0;
        for (long n = 1; n < terms; n <<= 1) levels++;
        return levels;
    }
}
