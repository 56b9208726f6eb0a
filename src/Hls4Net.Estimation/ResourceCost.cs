namespace Hls4Net.Estimation;

/// <summary>FPGA resources of a layer or a design: DSP slices, LUTs, flip-flops, 18 Kb block RAMs and UltraRAMs.</summary>
public readonly record struct ResourceCost(long Dsp, long Lut, long Ff, long Bram18K, long Uram)
{
    /// <summary>No resources.</summary>
    public static ResourceCost Zero => default;

    public static ResourceCost operator +(ResourceCost a, ResourceCost b) =>
        new(a.Dsp + b.Dsp, a.Lut + b.Lut, a.Ff + b.Ff, a.Bram18K + b.Bram18K, a.Uram + b.Uram);
}
