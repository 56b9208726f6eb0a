using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Hls4Net.Cli;

/// <summary>Serilog to stderr; stdout is reserved for results.</summary>
public static class LoggingSetup
{
    public static Logger Create(LogEventLevel level, TextWriter stderr) =>
        new LoggerConfiguration()
            .MinimumLevel.Is(level)
            .WriteTo.Sink(new TextWriterSink(stderr))
            .CreateLogger();
}
