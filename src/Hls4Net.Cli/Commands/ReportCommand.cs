using System.CommandLine;
using Hls4Net.Synthesis;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net report</c>: the figures Vitis HLS (C synthesis, co-simulation) and Vivado (out-of-context synthesis)
/// reported for a project, beside Hls4Net's own estimate with the error per figure; a table, or JSON for CI.
/// </summary>
public sealed class ReportCommand
{
    private readonly CommandRunner _runner;
    private readonly Argument<string> _project = new("project-dir") { Description = "A project folder built with hls4net build (or Vitis HLS)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as JSON" };

    public ReportCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("report", "Show what Vitis HLS and Vivado reported for a project, beside Hls4Net's estimate with the error per figure");
        command.Arguments.Add(_project);
        command.Options.Add(_json);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var report = new SynthesisReporter(log).Read(parse.GetValue(_project)!);
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else new SynthesisPrinter(_runner.Out).PrintReport(report);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
