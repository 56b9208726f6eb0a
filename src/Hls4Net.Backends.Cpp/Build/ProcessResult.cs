namespace Hls4Net.Backends.Cpp.Build;

/// <summary>Exit code and captured output of a finished process.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr);
