namespace Hls4Net.Optimization;

/// <summary>The cost a precision search minimizes (it orders the layers' types by how much each one saves).</summary>
public enum CostMetric
{
    /// <summary>Estimated DSP slices (then LUTs, then bits break ties).</summary>
    Dsp,

    /// <summary>Estimated LUTs (then DSP slices, then bits).</summary>
    Lut,

    /// <summary>Bits of the stored parameters plus the bits of every layer output (<see cref="DesignCost.Bits"/>).</summary>
    Bits,
}
