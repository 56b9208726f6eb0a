namespace Hls4Net.Core.Ir;

/// <summary>Hardware implementation choices for one layer.</summary>
public sealed record LayerHardware(Strategy Strategy = Strategy.Latency, int ReuseFactor = 1)
{
    public static LayerHardware Default { get; } = new();
}
