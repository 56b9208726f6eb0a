namespace Hls4Net.Core.Ir;

/// <summary>Hardware implementation choices for one layer, and the arithmetic semantics its kernels and templates follow.</summary>
public sealed record LayerHardware(Strategy Strategy = Strategy.Latency, int ReuseFactor = 1, ArithmeticSemantics Semantics = ArithmeticSemantics.Exact)
{
    public static LayerHardware Default { get; } = new();
}
