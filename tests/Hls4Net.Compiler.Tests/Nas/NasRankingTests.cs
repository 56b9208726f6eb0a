using Hls4Net.Nas.Search;

namespace Hls4Net.Compiler.Tests.Nas;

public sealed class NasRankingTests
{
    private static NasCandidate Row(long index, double latency, double a, double b, string status = NasStatus.Feasible) => new()
    {
        Index = index,
        Id = $"c{index}",
        Architecture = "",
        Status = status,
        LatencyNs = latency,
        Proxies = new SortedDictionary<string, double> { ["naswot"] = a, ["params"] = b },
    };

    [Fact]
    public void SeveralProxiesRankByTheMeanOfTheirRanks()
    {
        // naswot ranks: c0 1, c1 3, c2 2; params ranks: c0 3, c1 1, c2 2 -> means 2, 2, 2: ties go to the lower index.
        // c3 is best on both (naswot 9, params 9): mean 1. So: c3, then c0, c1, c2 ... recomputed with c3 present:
        // naswot: c3 1, c0 2, c2 3, c1 4; params: c3 1, c1 2, c2 3, c0 4 -> means c3 1, c0 3, c1 3, c2 3.
        NasCandidate[] rows = [Row(0, 10, 5, 1), Row(1, 20, 1, 5), Row(2, 30, 3, 3), Row(3, 40, 9, 9), Row(4, 5, 0, 0, NasStatus.OverBudget)];
        var ranked = NasRanking.Rank(rows, ["naswot", "params"]);
        Assert.Equal(["c3", "c0", "c1", "c2", "c4"], ranked.Select(r => r.Id));
        Assert.Equal([1, 2, 3, 4], ranked.Take(4).Select(r => r.Rank!.Value));
        Assert.Null(ranked[4].Rank);
        // Pareto front of score (higher better) against latency (lower better): c0 (fastest feasible) and c3 (best score).
        Assert.Equal(["c0", "c3"], ranked.Where(r => r.Pareto).Select(r => r.Id).Order());
    }

    [Fact]
    public void ANonFiniteProxyRanksLast()
    {
        NasCandidate[] rows = [Row(0, 10, double.NegativeInfinity, 1), Row(1, 10, -5, 1)];
        Assert.Equal(["c1", "c0"], NasRanking.Rank(rows, ["naswot"]).Select(r => r.Id));
    }
}
