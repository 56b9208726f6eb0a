namespace Hls4Net.Synthesis;

/// <summary>What Vitis HLS C synthesis reported for the top function (csynth.xml / csynth.rpt).</summary>
public sealed record CsynthFigures
{
    /// <summary>The tool version that wrote the report (ReportVersion/Version, e.g. "2023.2").</summary>
    public string? Version { get; init; }

    /// <summary>The part synthesized for.</summary>
    public string? Part { get; init; }

    /// <summary>The top function.</summary>
    public string? TopModelName { get; init; }

    /// <summary>Target clock period in ns.</summary>
    public double? TargetClockNs { get; init; }

    /// <summary>Estimated clock period in ns.</summary>
    public double? EstimatedClockNs { get; init; }

    /// <summary>Best-case latency in cycles.</summary>
    public long? LatencyBestCycles { get; init; }

    /// <summary>Worst-case latency in cycles.</summary>
    public long? LatencyWorstCycles { get; init; }

    /// <summary>Best-case latency in ns.</summary>
    public double? LatencyBestNs { get; init; }

    /// <summary>Worst-case latency in ns.</summary>
    public double? LatencyWorstNs { get; init; }

    /// <summary>Initiation interval (minimum) in cycles.</summary>
    public long? IntervalMin { get; init; }

    /// <summary>Initiation interval (maximum) in cycles.</summary>
    public long? IntervalMax { get; init; }

    /// <summary>Resources used by the top function.</summary>
    public SynthesisResources Used { get; init; } = new();

    /// <summary>Resources available on the part.</summary>
    public SynthesisResources Available { get; init; } = new();
}
