namespace Hls4Net.Synthesis;

/// <summary>Hls4Net's own estimate of a project (docs/estimator.md), in the units of the synthesis reports.</summary>
public sealed record EstimateFigures
{
    /// <summary>The part estimated for.</summary>
    public string Part { get; init; } = "";

    /// <summary>The clock period in ns.</summary>
    public double ClockPeriodNs { get; init; }

    /// <summary>Latency in cycles.</summary>
    public long LatencyCycles { get; init; }

    /// <summary>Latency in ns.</summary>
    public double LatencyNs { get; init; }

    /// <summary>Initiation interval in cycles.</summary>
    public long Ii { get; init; }

    /// <summary>Resources.</summary>
    public SynthesisResources Resources { get; init; } = new();
}
