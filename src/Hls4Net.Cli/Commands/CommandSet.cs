using System.CommandLine;

namespace Hls4Net.Cli.Commands;

/// <summary>Creates the hls4net subcommands (built in code, no registry).</summary>
public sealed class CommandSet
{
    private readonly CommandRunner _runner;

    public CommandSet(CommandRunner runner) => _runner = runner;

    public IEnumerable<Command> Create()
    {
        yield return new ConvertCommand(_runner).Create();
        yield return new InspectCommand(_runner).Create();
        yield return new EmulateCommand(_runner).Create();
        yield return new CsimCommand(_runner).Create();
        yield return new VerifyCommand(_runner).Create();
        yield return new BenchCommand(_runner).Create();
        yield return new EstimateCommand(_runner).Create();
        yield return new OptimizeCommand(_runner).Create();
        yield return new BuildCommand(_runner).Create();
        yield return new ReportCommand(_runner).Create();
        yield return new SweepCommand(_runner).Create();
        yield return new NasCommand(_runner).Create();
    }
}
