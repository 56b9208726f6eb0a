using System.Globalization;
using Serilog.Core;
using Serilog.Events;

namespace Hls4Net.Cli;

/// <summary>A minimal Serilog sink writing "[LVL] message" lines to a text writer (stderr by default).</summary>
public sealed class TextWriterSink : ILogEventSink
{
    private readonly TextWriter _writer;
    private readonly object _gate = new();

    public TextWriterSink(TextWriter writer) => _writer = writer;

    public void Emit(LogEvent logEvent)
    {
        var level = logEvent.Level switch
        {
            LogEventLevel.Verbose => "VRB",
            LogEventLevel.Debug => "DBG",
            LogEventLevel.Information => "INF",
            LogEventLevel.Warning => "WRN",
            LogEventLevel.Error => "ERR",
            _ => "FTL",
        };
        lock (_gate)
        {
            _writer.WriteLine($"[{level}] {logEvent.RenderMessage(CultureInfo.InvariantCulture)}");
        }
    }
}
