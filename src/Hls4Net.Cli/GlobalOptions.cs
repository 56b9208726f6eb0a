using System.CommandLine;
using Serilog.Events;

namespace Hls4Net.Cli;

/// <summary>Options every command accepts: verbosity.</summary>
public sealed class GlobalOptions
{
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log debug details to stderr", Recursive = true };

    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "Log only errors", Recursive = true };

    public void AddTo(Command root)
    {
        root.Options.Add(Verbose);
        root.Options.Add(Quiet);
    }

    public LogEventLevel Level(ParseResult parse) =>
        parse.GetValue(Verbose) ? LogEventLevel.Debug : parse.GetValue(Quiet) ? LogEventLevel.Error : LogEventLevel.Information;
}
