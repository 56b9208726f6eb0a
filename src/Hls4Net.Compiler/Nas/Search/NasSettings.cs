using Hls4Net.Core.Data;

namespace Hls4Net.Nas.Search;

/// <summary>How a search runs: the target and budgets, how many architectures at most (a seeded sample beyond), the
/// seed of the sample, of the weights and of the N(0,1) batch, the initialization, the proxies, the data and the threads.</summary>
public sealed record NasSettings
{
    public required NasTarget Target { get; init; }

    /// <summary>The most architectures considered; a larger space is sampled uniformly with <see cref="Seed"/>.</summary>
    public long Limit { get; init; } = 10_000;

    public int Seed { get; init; }

    public InitScheme Init { get; init; } = InitScheme.TorchDefault;

    /// <summary>The proxies to compute (names, see <see cref="NasProxies"/>); with more than one the rank is the mean of their ranks.</summary>
    public IReadOnlyList<string> Proxies { get; init; } = ["naswot"];

    /// <summary>The user's data (rows of the model input), or null for a seeded N(0,1) batch.</summary>
    public SampleSet? Data { get; init; }

    /// <summary>Rows of the proxies' batch.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>Architectures evaluated at once (default: every core).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}
