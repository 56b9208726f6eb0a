using Hls4Net.Core.Ir;

namespace Hls4Net.Tuning;

/// <summary>One hardware choice for a layer: its strategy and reuse factor.</summary>
public sealed record ReuseChoice(Strategy Strategy, int ReuseFactor)
{
    /// <summary>"Resource/8", as the table prints it.</summary>
    public override string ToString() => FormattableString.Invariant($"{Strategy}/{ReuseFactor}");
}
