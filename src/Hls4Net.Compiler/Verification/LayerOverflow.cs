namespace Hls4Net.Verification;

/// <summary>Stores into one layer's fixed-point types over all samples, and how many overflowed.</summary>
public sealed record LayerOverflow(string Layer, string Op, long Stores, long Overflows)
{
    /// <summary>Overflows as a percentage of stores.</summary>
    public double Percent => Stores == 0 ? 0 : 100.0 * Overflows / Stores;
}
