namespace Hls4Net.Nas.Search;

/// <summary>
/// One architecture's row of the results: what it is, whether it survived the hardware filter (<see cref="Status"/>:
/// <c>feasible</c>, <c>over-budget</c> or <c>invalid</c>) and why not, the hardware choice kept (for a dropped one, its
/// closest miss) with that choice's estimates, its proxies and rank (feasible candidates only; rank 1 is the best),
/// and whether it is on the proxy-against-latency Pareto front of the ranking proxy.
/// </summary>
public sealed record NasCandidate
{
    /// <summary>The architecture's number in the space's enumeration.</summary>
    public required long Index { get; init; }

    /// <summary>A file-name-safe name, e.g. <c>d64-32-32-relu</c>.</summary>
    public required string Id { get; init; }

    /// <summary>A readable description, e.g. <c>dense(64) &gt; dense(32) | relu</c>.</summary>
    public required string Architecture { get; init; }

    public required string Status { get; init; }

    /// <summary>Why the candidate was dropped (the closest miss's budgets, or the configuration or shape error); null when feasible.</summary>
    public string? Reason { get; init; }

    /// <summary>Trainable parameters (weights and biases); null for an invalid architecture.</summary>
    public long? Parameters { get; init; }

    /// <summary>Hardware choices estimated and how many met every budget.</summary>
    public int Choices { get; init; }

    public int FeasibleChoices { get; init; }

    public string? Precision { get; init; }

    public int? ReuseFactor { get; init; }

    public string? Strategy { get; init; }

    public long? Dsp { get; init; }

    public long? Lut { get; init; }

    public long? Ff { get; init; }

    public long? Bram18K { get; init; }

    public long? LatencyCycles { get; init; }

    public double? LatencyNs { get; init; }

    public long? Ii { get; init; }

    /// <summary>Proxy name → value (higher is better for every proxy); empty unless feasible.</summary>
    public IReadOnlyDictionary<string, double> Proxies { get; init; } = new SortedDictionary<string, double>(StringComparer.Ordinal);

    /// <summary>1 = best; null unless feasible.</summary>
    public int? Rank { get; init; }

    /// <summary>On the Pareto front of the ranking score (higher better) against the estimated latency (lower better).</summary>
    public bool Pareto { get; init; }
}
