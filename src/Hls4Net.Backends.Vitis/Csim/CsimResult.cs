namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>Outputs of a C simulation: one row per sample (all outputs in port order), and where they came from.
/// <see cref="Values"/> holds the same values as printed (exact for outputs wider than 53 bits); null when not parsed from a log.</summary>
public sealed record CsimResult(IReadOnlyList<double[]> Outputs, string LogPath, string ExecutablePath, string ApTypesDir,
    IReadOnlyList<CsimValue[]>? Values = null);
