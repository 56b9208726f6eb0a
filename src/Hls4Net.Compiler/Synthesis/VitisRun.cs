namespace Hls4Net.Synthesis;

/// <summary>How a vitis_hls run ended: its exit code and what its output said (<see cref="VitisLogWatcher"/>).</summary>
public sealed record VitisRun(int ExitCode, VitisLogWatcher Output);
