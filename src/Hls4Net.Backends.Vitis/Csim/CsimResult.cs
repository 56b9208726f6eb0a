namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>Outputs of a C simulation: one row per sample (all outputs in port order), and where they came from.</summary>
public sealed record CsimResult(IReadOnlyList<double[]> Outputs, string LogPath, string ExecutablePath, string ApTypesDir);
