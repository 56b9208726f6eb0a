using System.CommandLine;
using Hls4Net.Synthesis;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net build</c>: run Vitis HLS on a project's build_prj.tcl (found through $XILINX_HLS/bin or PATH), stream its
/// log to the project's hls4net_build.log, show the running step, and write hls4net_build.json. Exit codes: 6 tool
/// missing, 9 C synthesis failed, 10 C/RTL co-simulation mismatch, 1 another step failed.
/// </summary>
public sealed class BuildCommand
{
    private readonly CommandRunner _runner;
    private readonly Argument<string> _project = new("project-dir") { Description = "A project folder written by hls4net convert" };
    private readonly Option<bool> _csim = new("--csim") { Description = "C simulation (csim_design)" };
    private readonly Option<bool> _synth = new("--synth") { Description = "C synthesis (csynth_design)" };
    private readonly Option<bool> _cosim = new("--cosim") { Description = "C/RTL co-simulation (cosim_design)" };
    private readonly Option<bool> _validation = new("--validation") { Description = "Compare the co-simulation's outputs with the C simulation's (exit 10 when they differ)" };
    private readonly Option<bool> _export = new("--export") { Description = "Export the IP catalog (export_design)" };
    private readonly Option<bool> _vsynth = new("--vsynth") { Description = "Vivado out-of-context synthesis (vivado_synth.tcl: utilization and timing reports)" };
    private readonly Option<bool> _fifoOpt = new("--fifo-opt") { Description = "Size the FIFOs during co-simulation (needs --cosim)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the build record (hls4net_build.json) as JSON" };

    public BuildCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("build", "Run Vitis HLS on a project (C simulation and C synthesis unless steps are named) and record the results in hls4net_build.json");
        command.Arguments.Add(_project);
        foreach (var o in new Option[] { _csim, _synth, _cosim, _validation, _export, _vsynth, _fifoOpt, _json }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var steps = new BuildSteps(parse.GetValue(_csim), parse.GetValue(_synth), parse.GetValue(_cosim), parse.GetValue(_validation),
                parse.GetValue(_export), parse.GetValue(_vsynth), parse.GetValue(_fifoOpt));
            if (steps.None) steps = BuildSteps.Default;
            var record = new SynthesisBuilder(log).Build(parse.GetValue(_project)!, steps);
            var json = parse.GetValue(_json);
            if (json) _runner.Out.WriteLine(CliJson.Serialize(record));
            else new SynthesisPrinter(_runner.Out).PrintBuild(record);
            if (record.Error is not null) _runner.Err.WriteLine($"error: {record.Error}");
            return record.ExitCode;
        }));
        return command;
    }
}
