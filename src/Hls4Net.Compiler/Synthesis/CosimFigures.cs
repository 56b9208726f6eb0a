namespace Hls4Net.Synthesis;

/// <summary>What the C/RTL co-simulation report said.</summary>
public sealed record CosimFigures
{
    /// <summary>"Pass" or "Fail", as the report writes it.</summary>
    public string? Status { get; init; }

    /// <summary>Minimum measured latency in cycles.</summary>
    public long? LatencyMinCycles { get; init; }

    /// <summary>Average measured latency in cycles.</summary>
    public double? LatencyAvgCycles { get; init; }

    /// <summary>Maximum measured latency in cycles.</summary>
    public long? LatencyMaxCycles { get; init; }

    /// <summary>Measured initiation interval (average) in cycles.</summary>
    public double? IntervalAvgCycles { get; init; }
}
