using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Hls4Net.Core.Tests.Config;

/// <summary>A tiny Serilog sink that keeps rendered events, for asserting on warnings.</summary>
internal sealed class CollectingSink : ILogEventSink
{
    public List<(LogEventLevel Level, string Message)> Events { get; } = new();

    public IEnumerable<string> Warnings => Events.Where(e => e.Level == LogEventLevel.Warning).Select(e => e.Message);

    public void Emit(LogEvent logEvent) => Events.Add((logEvent.Level, logEvent.RenderMessage()));

    public ILogger CreateLogger() => new LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(this).CreateLogger();
}
