namespace Hls4Net.Optimization;

/// <summary>
/// Finds the lowest passing level in [lo, hi] (hi known to pass), assuming that passing is monotone in the level: a
/// k-ary search that evaluates up to <c>probes</c> levels per round in parallel and keeps the interval between the
/// highest failing and the lowest passing probe. Deterministic: the probes depend only on the interval.
/// </summary>
public static class LevelSearch
{
    /// <summary>The lowest level in [<paramref name="lo"/>, <paramref name="hi"/>] that passes (<paramref name="hi"/> is assumed to).</summary>
    public static int Lowest(int lo, int hi, Func<int, bool> passes, int probes)
    {
        probes = Math.Max(1, probes);
        while (lo < hi)
        {
            var levels = Probes(lo, hi - 1, probes);
            var pass = new bool[levels.Count];
            if (levels.Count == 1) pass[0] = passes(levels[0]);
            else Parallel.For(0, levels.Count, new ParallelOptions { MaxDegreeOfParallelism = probes }, p => pass[p] = passes(levels[p]));
            var first = Array.IndexOf(pass, true);
            var newHi = first < 0 ? hi : levels[first];
            var lastFail = -1;
            for (var p = 0; p < levels.Count && levels[p] < newHi; p++)
            {
                if (!pass[p]) lastFail = levels[p];
            }
            if (lastFail >= 0) lo = lastFail + 1;
            hi = newHi;
        }
        return hi;
    }

    /// <summary>Up to <paramref name="count"/> distinct levels spread over [lo, hi], ascending (all of them when few).</summary>
    public static IReadOnlyList<int> Probes(int lo, int hi, int count)
    {
        var n = hi - lo + 1;
        if (n <= count) return Enumerable.Range(lo, n).ToList();
        return Enumerable.Range(1, count).Select(p => lo + (int)((long)n * p / (count + 1))).Distinct().ToList();
    }
}
