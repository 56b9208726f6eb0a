using Hls4Net.Sweeps;

namespace Hls4Net.Nas.Search;

/// <summary>
/// Ranks the feasible candidates: by the proxy's value with one proxy, by the mean of the per-proxy ranks with several
/// (every proxy: higher is better; ties go to the lower architecture number). Marks the Pareto front of the ranking
/// score against the estimated latency (<see cref="ParetoFront"/>). Returns the feasible candidates by rank, then the
/// dropped ones by architecture number.
/// </summary>
public static class NasRanking
{
    public static IReadOnlyList<NasCandidate> Rank(IReadOnlyList<NasCandidate> rows, IReadOnlyList<string> proxies)
    {
        var feasible = rows.Where(r => r.Status == NasStatus.Feasible).OrderBy(r => r.Index).ToList();
        var score = Scores(feasible, proxies);
        var ordered = feasible.Select((r, i) => (Row: r, Score: score[i])).OrderByDescending(x => x.Score).ThenBy(x => x.Row.Index).ToList();
        var front = ParetoFront.Of(ordered.Select(x => (x.Row.Id, x.Row.LatencyNs ?? 0, x.Score)).ToList(), higherIsBetter: true);
        var result = ordered.Select((x, i) => x.Row with { Rank = i + 1, Pareto = front.Contains(x.Row.Id) }).ToList();
        result.AddRange(rows.Where(r => r.Status != NasStatus.Feasible).OrderBy(r => r.Index));
        return result;
    }

    /// <summary>The ranking score of each row (higher is better): the proxy's value, or minus the mean rank over the proxies.</summary>
    public static double[] Scores(IReadOnlyList<NasCandidate> rows, IReadOnlyList<string> proxies)
    {
        if (proxies.Count == 1) return rows.Select(r => Value(r, proxies[0])).ToArray();
        var sum = new double[rows.Count];
        foreach (var proxy in proxies)
        {
            var order = Enumerable.Range(0, rows.Count).OrderByDescending(i => Value(rows[i], proxy)).ThenBy(i => rows[i].Index).ToList();
            for (var k = 0; k < order.Count; k++) sum[order[k]] += k + 1;
        }
        return sum.Select(s => -s / proxies.Count).ToArray();
    }

    /// <summary>A proxy's value (minus infinity, which ranks last, when missing or not finite).</summary>
    private static double Value(NasCandidate row, string proxy) =>
        row.Proxies.TryGetValue(proxy, out var v) && double.IsFinite(v) ? v : double.NegativeInfinity;
}
