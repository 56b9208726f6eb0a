namespace Hls4Net.Sweeps;

/// <summary>What <c>results.json</c> holds: the sweep's inputs and every point's result (no timings, so the file is deterministic).</summary>
public sealed record SweepReport
{
    public required string Model { get; init; }
    public string? Weights { get; init; }

    /// <summary>The accuracy metric plotted: "argmax" (higher is better), "max-abs" or "rel-rmse" (lower is better).</summary>
    public required string Metric { get; init; }
    public required string Samples { get; init; }
    public required IReadOnlyList<string> Precisions { get; init; }
    public required IReadOnlyList<int> ReuseFactors { get; init; }
    public required IReadOnlyList<string> Strategies { get; init; }
    public required IReadOnlyList<SweepResult> Points { get; init; }

    /// <summary>With --synth: the per-point project folders (relative to the sweep folder) and the job files written.</summary>
    public IReadOnlyList<string> JobFiles { get; init; } = [];
}
