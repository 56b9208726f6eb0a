using System.CommandLine;
using System.Globalization;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Csim;
using Hls4Net.Verification;

namespace Hls4Net.Cli.Commands;

/// <summary><c>hls4net csim</c>: build a generated project's testbench with g++, run it, and optionally compare with the emulator.</summary>
public sealed class CsimCommand
{
    private readonly CommandRunner _runner;
    private readonly Argument<string> _project = new("project-dir") { Description = "A project folder written by hls4net convert" };
    private readonly Option<string?> _input = new("--input", "-i") { Description = "New test inputs (.csv/.npy/.dat): replace tb_data's inputs and expected predictions (default: the project's own)" };
    private readonly Option<string?> _apTypes = new("--ap-types") { Description = "Folder with ap_fixed.h/ap_int.h (default: $XILINX_HLS/include, else the bundled headers)" };
    private readonly Option<bool> _compare = new("--compare") { Description = "Compare every output bit with the emulator (exit 4 when they differ)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON" };

    public CsimCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("csim", "C-simulate a generated project with g++");
        command.Arguments.Add(_project);
        foreach (var o in new Option[] { _input, _apTypes, _compare, _json }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var run = new ProjectSimulator(log).Run(parse.GetValue(_project)!, parse.GetValue(_input), parse.GetValue(_apTypes), parse.GetValue(_compare));
            var (csim, report) = (run.Csim, run.Comparison);
            Print(parse.GetValue(_json), csim, report);
            return report is { AllBitExact: false } ? ExitCodes.NotBitExact : ExitCodes.Ok;
        }));
        return command;
    }

    private void Print(bool json, CsimResult csim, BitExactReport? report)
    {
        if (json)
        {
            _runner.Out.WriteLine(CliJson.Serialize(new CsimJson(csim.Outputs.Count, csim.Outputs, csim.LogPath, csim.ApTypesDir, report)));
            return;
        }
        if (report is null)
        {
            foreach (var row in csim.Outputs) _runner.Out.WriteLine(string.Join(",", row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
            return;
        }
        _runner.Out.WriteLine(report.AllBitExact
            ? $"bit-exact: {report.BitExactSamples}/{report.Samples} samples agree with the emulator"
            : $"NOT bit-exact: {report.BitExactSamples}/{report.Samples} samples agree; first difference: {report.FirstMismatch}");
    }
}
