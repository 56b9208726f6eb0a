namespace Hls4Net.Verification;

/// <summary>
/// One emulator-versus-C-simulation comparison: the whole-sample <see cref="Report"/> and, per graph output (in graph
/// order), the number of samples on which that output alone is bit-exact.
/// </summary>
public sealed record BitExactComparison(BitExactReport Report, IReadOnlyList<int> PerOutput);
