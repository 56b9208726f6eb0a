using System.CommandLine;
using Hls4Net.Cli.Progress;
using Serilog;

namespace Hls4Net.Cli;

/// <summary>
/// Runs a command body with logging set up, and turns every failure into one readable error line on
/// stderr and a non-zero exit code (never a stack trace unless --verbose); with --json, also a JSON error object on stdout.
/// </summary>
public sealed class CommandRunner
{
    private readonly GlobalOptions _globals;
    private readonly TextWriter _stdout;
    private readonly bool _stderrIsTerminal;
    private TextWriter? _commandOut;

    /// <summary>A runner writing results to <paramref name="stdout"/> and logs, errors and (when <paramref name="stderrIsTerminal"/>) progress to <paramref name="stderr"/>.</summary>
    public CommandRunner(GlobalOptions globals, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
    {
        _globals = globals;
        _stdout = stdout;
        Err = stderr;
        _stderrIsTerminal = stderrIsTerminal;
    }

    /// <summary>stdout for results (while a command runs with progress shown, writing to it clears the status line).</summary>
    public TextWriter Out => _commandOut ?? _stdout;

    public TextWriter Err { get; }

    /// <summary>Run <paramref name="body"/> and map exceptions to exit codes.</summary>
    public int Execute(ParseResult parse, Func<ILogger, int> body)
    {
        var level = _globals.Level(parse);
        using var progress = ProgressPolicy.Enabled(_stderrIsTerminal, level) ? new ProgressTicker(Err) : null;
        using var log = LoggingSetup.Create(level, Err, progress);
        _commandOut = progress is null ? null : new ProgressStoppingWriter(_stdout, progress);
        try
        {
            return body(log);
        }
        catch (Exception e)
        {
            progress?.Stop();
            var (code, message) = new ErrorClassifier().Classify(e);
            new ErrorPrinter(Out, Err).Print(code, message, JsonFlag.IsSet(parse));
            if (parse.GetValue(_globals.Verbose)) Err.WriteLine(e);
            return code;
        }
        finally
        {
            _commandOut = null;
        }
    }
}
