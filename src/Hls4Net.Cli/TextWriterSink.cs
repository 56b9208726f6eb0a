using System.Globalization;
using Hls4Net.Cli.Progress;
using Serilog.Core;
using Serilog.Events;
using Serilog.Parsing;

namespace Hls4Net.Cli;

/// <summary>
/// A minimal Serilog sink writing "[LVL] message" lines to a text writer (stderr by default). String properties are
/// written without quotes, so paths and names read naturally.
/// </summary>
public sealed class TextWriterSink : ILogEventSink
{
    private readonly TextWriter _writer;
    private readonly ProgressTicker? _progress;
    private readonly object _gate;

    /// <param name="writer">stderr.</param>
    /// <param name="progress">The status line to clear before each log line, or null when no progress is shown.</param>
    public TextWriterSink(TextWriter writer, ProgressTicker? progress = null)
    {
        _writer = writer;
        _progress = progress;
        _gate = progress?.Gate ?? new object();
    }

    public void Emit(LogEvent logEvent)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        foreach (var token in logEvent.MessageTemplate.Tokens)
        {
            if (token is PropertyToken p && logEvent.Properties.TryGetValue(p.PropertyName, out var value) && value is ScalarValue { Value: string s })
            {
                text.Write(s);
            }
            else
            {
                token.Render(logEvent.Properties, text, CultureInfo.InvariantCulture);
            }
        }
        lock (_gate)
        {
            _progress?.BeforeLine();
            _writer.WriteLine($"[{Level(logEvent.Level)}] {text}");
            _progress?.AfterLine(text.ToString());
        }
    }

    private static string Level(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => "VRB",
        LogEventLevel.Debug => "DBG",
        LogEventLevel.Information => "INF",
        LogEventLevel.Warning => "WRN",
        LogEventLevel.Error => "ERR",
        _ => "FTL",
    };
}
