using Hls4Net.Core.Ir;

namespace Hls4Net.Nas.Space;

/// <summary>One hardware setting a candidate is estimated at: a precision, a model-wide reuse factor and a strategy.</summary>
public sealed record HardwareChoice(PrecisionChoice Precision, int ReuseFactor, Strategy Strategy)
{
    /// <summary><c>ap_fixed&lt;16,6&gt; RF 2 Latency</c>.</summary>
    public override string ToString() => $"{Precision.Name} RF {ReuseFactor} {Strategy}";
}
