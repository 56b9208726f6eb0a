namespace Hls4Net.Estimation;

/// <summary>Why each figure of a <see cref="LayerEstimate"/> has its value, one sentence per figure.</summary>
public sealed record CostReasons(string Dsp, string Lut, string Ff, string Bram, string Uram, string Latency, string Ii)
{
    /// <summary>Reasons for a layer that is only wiring (no logic, no cycles).</summary>
    public static CostReasons Wiring(string what) =>
        new($"{what}: wiring, no multipliers", $"{what}: wiring", $"{what}: no registers", "no memory", "no memory", $"{what}: 0 cycles", "1");
}
