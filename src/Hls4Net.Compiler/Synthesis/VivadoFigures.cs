namespace Hls4Net.Synthesis;

/// <summary>What Vivado's out-of-context synthesis (vsynth) reported: utilization and timing.</summary>
public sealed record VivadoFigures
{
    /// <summary>Resources used after Vivado synthesis.</summary>
    public SynthesisResources Used { get; init; } = new();

    /// <summary>Worst negative slack in ns (negative: timing not met).</summary>
    public double? WorstNegativeSlackNs { get; init; }

    /// <summary>The clock period the design was constrained to, in ns.</summary>
    public double? ClockPeriodNs { get; init; }
}
