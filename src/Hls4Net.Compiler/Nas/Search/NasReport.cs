namespace Hls4Net.Nas.Search;

/// <summary>
/// The result of a search (results.json): the space and target, how many architectures the space holds, how many
/// were considered (all, or a seeded sample), how many were dropped and why, the proxies and the ranking rule, the
/// top-k written, and one <see cref="NasCandidate"/> per considered architecture (ranked ones first, by rank, then
/// the dropped ones by index). Depends only on the inputs: no times, no absolute paths.
/// </summary>
public sealed record NasReport
{
    public required string Space { get; init; }

    public required string Model { get; init; }

    public required string Part { get; init; }

    public required double ClockPeriodNs { get; init; }

    /// <summary>The budgets, as checked (<c>latency &lt;= 100 ns</c>, <c>DSP &lt;= 20%</c>); the part's size bounds every resource without one.</summary>
    public required IReadOnlyList<string> Budgets { get; init; }

    public required long SpaceSize { get; init; }

    public required int Considered { get; init; }

    /// <summary>True when the space was larger than the limit and <see cref="Considered"/> architectures were drawn with <see cref="Seed"/>.</summary>
    public required bool Sampled { get; init; }

    /// <summary>Hardware choices per architecture (precisions × reuse factors × strategies).</summary>
    public required int ChoicesPerCandidate { get; init; }

    public required int Feasible { get; init; }

    public required int Dropped { get; init; }

    /// <summary>Reason → dropped candidates: each budget the closest miss exceeds (a candidate may count under several), <c>invalid architecture</c>, <c>configuration refused</c>.</summary>
    public required IReadOnlyDictionary<string, int> DropReasons { get; init; }

    public required long Seed { get; init; }

    /// <summary>The weight initialization of the proxies and the exported models: <c>torch</c> (PyTorch default) or <c>keras</c> (Glorot uniform).</summary>
    public required string Init { get; init; }

    public required IReadOnlyList<string> Proxies { get; init; }

    /// <summary>The ranking: one proxy's value, or with several the mean of their ranks.</summary>
    public required string RankedBy { get; init; }

    /// <summary>The proxies' batch: the data file and its rows used, or the seeded N(0,1) batch.</summary>
    public required string Data { get; init; }

    /// <summary>The top-k folders written (<c>top/01_&lt;id&gt;</c>).</summary>
    public IReadOnlyList<string> Top { get; init; } = [];

    public required IReadOnlyList<NasCandidate> Candidates { get; init; }
}
