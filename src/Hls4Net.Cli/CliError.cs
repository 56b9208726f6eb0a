namespace Hls4Net.Cli;

/// <summary>The --json form of a failure: <c>{"error": "...", "exitCode": N}</c> on stdout.</summary>
public sealed record CliError(string Error, int ExitCode);
