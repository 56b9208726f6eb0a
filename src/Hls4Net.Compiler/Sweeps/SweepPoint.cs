namespace Hls4Net.Sweeps;

/// <summary>One point of a sweep grid: the model-level precision, reuse factor and strategy, and its id (p01, p02, ...).</summary>
public sealed record SweepPoint(string Id, string Precision, int ReuseFactor, string Strategy);
