namespace Hls4Net.Benchmarking;

/// <summary>What <c>hls4net bench</c> measures: N seeded random samples in batches of B, R timed runs after one warm-up.</summary>
public sealed record BenchSettings(int Samples, int Batch, int Repeat, int Seed = 0)
{
    /// <summary>Throws a <see cref="UsageException"/> (exit 2) naming the option when a count is not positive.</summary>
    public BenchSettings Validate()
    {
        if (Samples < 1) throw new UsageException($"--samples must be at least 1, got {Samples}");
        if (Batch < 1) throw new UsageException($"--batch must be at least 1, got {Batch}");
        if (Repeat < 1) throw new UsageException($"--repeat must be at least 1, got {Repeat}");
        return this;
    }
}
