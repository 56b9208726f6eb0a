namespace Hls4Net.Synthesis;

/// <summary>
/// Resource counts of one synthesized design (or the part's availability): DSP slices, LUTs, flip-flops, 18 Kb block
/// RAMs and UltraRAMs. A figure the report did not give is null.
/// </summary>
public sealed record SynthesisResources
{
    /// <summary>DSP slices (DSP48E2 / DSP58).</summary>
    public long? Dsp { get; init; }

    /// <summary>Look-up tables.</summary>
    public long? Lut { get; init; }

    /// <summary>Flip-flops.</summary>
    public long? Ff { get; init; }

    /// <summary>18 Kb block RAMs (Vitis' BRAM_18K).</summary>
    public long? Bram18K { get; init; }

    /// <summary>UltraRAMs.</summary>
    public long? Uram { get; init; }
}
