using System.Text.Json;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Runs the CLI in process and captures exit code, stdout and stderr.</summary>
internal sealed record CliRun(int Code, string Out, string Err)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = new HlsCli(stdout, stderr).Run(args);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    public JsonElement Json() => JsonDocument.Parse(Out).RootElement;

    public string[] ErrorLines() => Err.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToArray();

    public override string ToString() => $"exit {Code}\nstdout:\n{Out}\nstderr:\n{Err}";
}
