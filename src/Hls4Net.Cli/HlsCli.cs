using System.CommandLine;
using System.CommandLine.Invocation;
using Hls4Net.Cli.Commands;
using Hls4Net.Cli.Progress;

namespace Hls4Net.Cli;

/// <summary>Builds the hls4net command tree and runs it.</summary>
public sealed class HlsCli
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;
    private readonly bool _stderrIsTerminal;

    /// <param name="stdout">Results (default: the console).</param>
    /// <param name="stderr">Logs, errors and progress (default: the console).</param>
    /// <param name="stderrIsTerminal">Whether <paramref name="stderr"/> is a terminal, so progress is shown; by default true only for a console stderr that is not redirected.</param>
    public HlsCli(TextWriter? stdout = null, TextWriter? stderr = null, bool? stderrIsTerminal = null)
    {
        _out = stdout ?? Console.Out;
        _err = stderr ?? Console.Error;
        _stderrIsTerminal = stderrIsTerminal ?? (stderr is null && ProgressPolicy.ConsoleErrorIsTerminal());
    }

    /// <summary>Parse <paramref name="args"/>, run the command and return the process exit code.</summary>
    public int Run(string[] args)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand(
            "hls4net: compile ONNX and Keras neural networks into Vitis HLS firmware, with a bit-accurate fixed-point emulator.\n" +
            "Exit codes: 0 ok, 1 error, 2 usage, 3 verify tolerance exceeded, 4 verify not bit-exact, 5 both, 6 missing dependency, 7 estimate over budget, 8 optimize target missed, 9 build: C synthesis failed, 10 build: C/RTL co-simulation mismatch.");
        globals.AddTo(root);
        var runner = new CommandRunner(globals, _out, _err, _stderrIsTerminal);
        foreach (var command in new CommandSet(runner).Create())
        {
            ExitCodeHelp.Document(command);
            root.Subcommands.Add(command);
        }
        NumericOptionParsers.Apply(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is ParseErrorAction)
        {
            return new ErrorPrinter(_out, _err).Print(ExitCodes.Usage, ParseErrorMessage.For(parse), JsonFlag.IsSet(parse));
        }
        var config = new InvocationConfiguration { Output = _out, Error = _err, EnableDefaultExceptionHandler = false };
        var code = parse.Invoke(config);
        return parse.Errors.Count > 0 && code != 0 ? ExitCodes.Usage : code;
    }
}
