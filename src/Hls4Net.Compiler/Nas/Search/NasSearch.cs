using System.Diagnostics;
using Hls4Net.Nas.Space;
using Hls4Net.Sweeps;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Nas.Search;

/// <summary>
/// <c>hls4net nas</c> (docs/nas.md): enumerates the space (or samples it with the seed when larger than the limit),
/// builds each architecture's network with seeded weights, estimates it at every hardware choice
/// (<see cref="NasHardwareFilter"/>), drops the ones no choice fits, scores the survivors with the zero-shot proxies
/// and ranks them. Architectures run in parallel; the report depends only on the inputs.
/// </summary>
public sealed class NasSearch
{
    private readonly ILogger _log;

    public NasSearch(ILogger? log = null) => _log = log ?? Logger.None;

    /// <summary>Search <paramref name="space"/> with <paramref name="settings"/>; <paramref name="progress"/> sees every architecture done.</summary>
    public NasReport Run(NasSpace space, NasSettings settings, IProgress<SweepProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(space);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Limit < 1) throw new UsageException($"the candidate limit must be at least 1, got {settings.Limit}");
        if (settings.Parallelism < 1) throw new UsageException($"the number of threads must be at least 1, got {settings.Parallelism}");
        if (settings.Proxies.Count == 0) throw new UsageException("give at least one proxy");
        var proxies = new NasProxies(settings.Proxies);
        var enumerator = new NasEnumerator(space);
        var indices = enumerator.Select(settings.Limit, settings.Seed);
        var choices = space.HardwareChoices();
        var batch = NasBatch.For(space, settings);
        var initializer = new SeededInitializer(settings.Init);
        var filter = new NasHardwareFilter(settings.Target);
        _log.Information("Space {Space}: {Size} architectures, {Considered} considered{Sampled}, {Choices} hardware choices each",
            space.Name, enumerator.Count, indices.Count, indices.Count < enumerator.Count ? $" (sampled with seed {settings.Seed})" : "", choices.Count);

        var rows = new NasCandidate[indices.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        progress?.Report(new SweepProgress(0, indices.Count, TimeSpan.Zero));
        Parallel.For(0, indices.Count, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism }, i =>
        {
            rows[i] = Evaluate(space, enumerator.At(indices[i]), choices, filter, initializer, settings.Seed, proxies, batch);
            var n = Interlocked.Increment(ref done);
            progress?.Report(new SweepProgress(n, indices.Count, clock.Elapsed));
        });

        var ranked = NasRanking.Rank(rows, proxies.Names);
        var dropped = ranked.Where(r => r.Status != NasStatus.Feasible).ToList();
        return new NasReport
        {
            Space = space.Name,
            Model = space.Kind switch { NasModelKind.Mlp => "mlp", NasModelKind.Cnn1D => "cnn1d", _ => "cnn2d" },
            Part = settings.Target.Part,
            ClockPeriodNs = settings.Target.ClockPeriodNs,
            Budgets = NasBudgetText.Describe(settings.Target.Budget),
            SpaceSize = enumerator.Count,
            Considered = indices.Count,
            Sampled = indices.Count < enumerator.Count,
            ChoicesPerCandidate = choices.Count,
            Feasible = ranked.Count - dropped.Count,
            Dropped = dropped.Count,
            DropReasons = DropReasons(dropped),
            Seed = settings.Seed,
            Init = settings.Init == InitScheme.GlorotUniform ? "keras" : "torch",
            Proxies = proxies.Names,
            RankedBy = proxies.Names.Count == 1 ? proxies.Names[0] : $"mean rank of {string.Join(", ", proxies.Names)}",
            Data = batch.Source,
            Candidates = ranked,
        };
    }

    /// <summary>One architecture: network, estimates at every choice, the kept choice, and the proxies when feasible.</summary>
    public static NasCandidate Evaluate(NasSpace space, NasArchitecture architecture, IReadOnlyList<HardwareChoice> choices, NasHardwareFilter filter,
        SeededInitializer initializer, long seed, NasProxies proxies, NasBatch batch)
    {
        var row = new NasCandidate { Index = architecture.Index, Id = architecture.Id, Architecture = architecture.Describe(), Status = NasStatus.Invalid, Choices = choices.Count };
        FloatNetwork network;
        try
        {
            network = NasNetworkBuilder.BuildInitialized(space, architecture, initializer, seed);
        }
        catch (ArgumentException e)
        {
            return row with { Reason = $"invalid architecture: {e.Message}" };
        }
        row = row with { Parameters = network.ParameterCount };
        var estimates = filter.EstimateAll(NasHardwareFilter.Import(network, space.Name), choices);
        var feasible = estimates.Count(e => e.Fits);
        var kept = NasHardwareFilter.Pick(estimates);
        if (kept is null)
        {
            var miss = NasHardwareFilter.ClosestMiss(estimates);
            if (miss is null) return row with { FeasibleChoices = 0, Reason = $"configuration refused: {estimates[0].Error}" };
            return WithEstimate(row, miss) with { Status = NasStatus.OverBudget, FeasibleChoices = 0, Reason = string.Join("; ", miss.Violations) };
        }
        return WithEstimate(row, kept) with
        {
            Status = NasStatus.Feasible,
            FeasibleChoices = feasible,
            Proxies = proxies.Score(network, batch, kept.Choice.Precision),
        };
    }

    private static NasCandidate WithEstimate(NasCandidate row, NasChoiceEstimate e) => row with
    {
        Precision = e.Choice.Precision.Name,
        ReuseFactor = e.Choice.ReuseFactor,
        Strategy = e.Choice.Strategy.ToString(),
        Dsp = e.Dsp,
        Lut = e.Lut,
        Ff = e.Ff,
        Bram18K = e.Bram18K,
        LatencyCycles = e.LatencyCycles,
        LatencyNs = e.LatencyNs,
        Ii = e.Ii,
    };

    private static SortedDictionary<string, int> DropReasons(IEnumerable<NasCandidate> dropped)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in dropped)
        {
            IEnumerable<string> keys = row.Status == NasStatus.OverBudget
                ? row.Reason!.Split("; ").Select(v => v[..v.IndexOf(' ', StringComparison.Ordinal)]).Distinct()
                : [row.Reason!.StartsWith("invalid", StringComparison.Ordinal) ? "invalid architecture" : "configuration refused"];
            foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
