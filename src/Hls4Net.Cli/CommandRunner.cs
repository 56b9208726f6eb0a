using System.CommandLine;
using Serilog;

namespace Hls4Net.Cli;

/// <summary>
/// Runs a command body with logging set up, and turns every failure into one readable error line on
/// stderr and a non-zero exit code (never a stack trace unless --verbose); with --json, also a JSON error object on stdout.
/// </summary>
public sealed class CommandRunner
{
    private readonly GlobalOptions _globals;

    public CommandRunner(GlobalOptions globals, TextWriter stdout, TextWriter stderr)
    {
        _globals = globals;
        Out = stdout;
        Err = stderr;
    }

    public TextWriter Out { get; }

    public TextWriter Err { get; }

    /// <summary>Run <paramref name="body"/> and map exceptions to exit codes.</summary>
    public int Execute(ParseResult parse, Func<ILogger, int> body)
    {
        using var log = LoggingSetup.Create(_globals.Level(parse), Err);
        try
        {
            return body(log);
        }
        catch (Exception e)
        {
            var (code, message) = new ErrorClassifier().Classify(e);
            new ErrorPrinter(Out, Err).Print(code, message, JsonFlag.IsSet(parse));
            if (parse.GetValue(_globals.Verbose)) Err.WriteLine(e);
            return code;
        }
    }
}
