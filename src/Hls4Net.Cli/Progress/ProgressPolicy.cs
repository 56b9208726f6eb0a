using Serilog.Events;

namespace Hls4Net.Cli.Progress;

/// <summary>When progress is shown: only on a terminal's stderr, and never with -q (only errors are logged then).</summary>
public static class ProgressPolicy
{
    public static bool Enabled(bool stderrIsTerminal, LogEventLevel level) => stderrIsTerminal && level < LogEventLevel.Error;

    /// <summary>Whether the process's stderr is a terminal (not redirected to a file or pipe, and TERM is not "dumb").</summary>
    public static bool ConsoleErrorIsTerminal() =>
        !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
