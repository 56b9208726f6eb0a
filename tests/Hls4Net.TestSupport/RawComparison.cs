namespace Hls4Net.TestSupport;

/// <summary>Result of <see cref="CsimFlow.CompareRaw"/>: samples compared, mismatching values and the first one.</summary>
public sealed record RawComparison(int Samples, long Mismatches, string? First);
