namespace Hls4Net.Cli;

/// <summary><c>hls4net emulate --json</c>: the output rows and the layers whose stored values overflowed.</summary>
public sealed record EmulateJson(int Samples, IReadOnlyList<double[]> Outputs, IReadOnlyList<OverflowJson> Overflow);
