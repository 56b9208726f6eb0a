namespace Hls4Net.Cli;

/// <summary>
/// Prints a failure the same way for every command: one <c>error: ...</c> line on stderr and, when --json was asked
/// for, also a <see cref="CliError"/> object on stdout, so that a machine reading stdout always gets JSON.
/// </summary>
public sealed class ErrorPrinter
{
    private readonly TextWriter _out;
    private readonly TextWriter _err;

    public ErrorPrinter(TextWriter stdout, TextWriter stderr)
    {
        _out = stdout;
        _err = stderr;
    }

    public int Print(int exitCode, string message, bool json)
    {
        _err.WriteLine($"error: {message}");
        if (json) _out.WriteLine(CliJson.Serialize(new CliError(message, exitCode)));
        return exitCode;
    }
}
