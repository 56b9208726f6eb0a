namespace Hls4Net.Nas;

/// <summary>Kendall's rank correlation τ-b between two paired samples (ties allowed in both, as scipy.stats.kendalltau's
/// default): (concordant − discordant) / √((n₀ − n₁)(n₀ − n₂)), n₀ = n(n − 1)/2, n₁ and n₂ the pairs tied in x and
/// in y. Equal infinities count as ties.</summary>
public static class KendallTau
{
    /// <summary>τ-b of (x[i], y[i]); NaN when either side is constant. Throws on NaN inputs or unequal lengths.</summary>
    public static double Compute(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        if (x.Count != y.Count) throw new ArgumentException($"Kendall τ needs paired samples, got {x.Count} and {y.Count} values.");
        if (x.Any(double.IsNaN) || y.Any(double.IsNaN)) throw new ArgumentException("Kendall τ of NaN values.");
        long concordant = 0, discordant = 0, tiesX = 0, tiesY = 0, pairs = 0;
        for (var i = 0; i < x.Count; i++)
        for (var j = i + 1; j < x.Count; j++)
        {
            pairs++;
            var dx = x[i].CompareTo(x[j]);
            var dy = y[i].CompareTo(y[j]);
            if (dx == 0) tiesX++;
            if (dy == 0) tiesY++;
            if (dx == 0 || dy == 0) continue;
            if (dx == dy) concordant++;
            else discordant++;
        }
        return (concordant - discordant) / Math.Sqrt((double)(pairs - tiesX) * (pairs - tiesY));
    }
}
