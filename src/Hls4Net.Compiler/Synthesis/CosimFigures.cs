namespace Hls4Net.Synthesis;

/// <summary>What the C/RTL co-simulation report said.</summary>
public sealed record CosimFigures
{
    /// <summary>"Pass" or "Fail" ("NA" when no RTL language was simulated).</summary>
    public string? Status { get; init; }

    /// <summary>The RTL language whose row the figures come from ("Verilog" or "VHDL").</summary>
    public string? Rtl { get; init; }

    /// <summary>Minimum measured latency in cycles.</summary>
    public long? LatencyMinCycles { get; init; }

    /// <summary>Average measured latency in cycles.</summary>
    public double? LatencyAvgCycles { get; init; }

    /// <summary>Maximum measured latency in cycles.</summary>
    public long? LatencyMaxCycles { get; init; }

    /// <summary>Measured initiation interval (minimum) in cycles.</summary>
    public long? IntervalMinCycles { get; init; }

    /// <summary>Measured initiation interval (average) in cycles.</summary>
    public double? IntervalAvgCycles { get; init; }

    /// <summary>Measured initiation interval (maximum) in cycles.</summary>
    public long? IntervalMaxCycles { get; init; }

    /// <summary>Total execution time of the testbench in cycles (newer Vitis versions report it).</summary>
    public long? TotalExecutionCycles { get; init; }
}
