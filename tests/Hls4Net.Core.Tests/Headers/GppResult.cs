namespace Hls4Net.Core.Tests.Headers;

/// <summary>Exit code and captured output of one process run.</summary>
internal sealed record GppResult(int ExitCode, string StdOut, string StdErr);
