using Hls4Net.Cli.Progress;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Hls4Net.Cli;

/// <summary>Serilog to stderr; stdout is reserved for results.</summary>
public static class LoggingSetup
{
    public static Logger Create(LogEventLevel level, TextWriter stderr, ProgressTicker? progress = null) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Sink(new TextWriterSink(stderr, progress))
            .CreateLogger();
}
