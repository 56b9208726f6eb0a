using System.CommandLine;
using Hls4Net.Core.Data;

namespace Hls4Net.Cli.Commands;

/// <summary><c>hls4net convert</c>: model → Vitis HLS project (atomic, deterministic).</summary>
public sealed class ConvertCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Project folder (default: OutputDir from the config, else hls4net_prj)" };
    private readonly Option<bool> _force = new("--force") { Description = "Replace an existing project folder written by hls4net" };
    private readonly Option<string?> _input = new("--input") { Description = "Test inputs (.csv/.dat/.npy) written to tb_data with the emulator's predictions" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the result as JSON" };

    public ConvertCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("convert", "Convert a model into a Vitis HLS project");
        _model.AddTo(command);
        command.Options.Add(_output);
        command.Options.Add(_force);
        command.Options.Add(_input);
        command.Options.Add(_json);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var compiled = new ModelCompiler(log).Compile(_model.Request(parse));
            var config = compiled.Config;
            var output = parse.GetValue(_output) ?? config.OutputDir ?? "hls4net_prj";
            var inputPath = parse.GetValue(_input) ?? config.InputData;
            var samples = inputPath is null ? null : new SampleSetReader().Read(inputPath);
            var dir = compiled.Write(output, new WriteOptions { Force = parse.GetValue(_force), TestSamples = samples, SourceFiles = [inputPath] });
            if (parse.GetValue(_json))
            {
                _runner.Out.WriteLine(CliJson.Serialize(new ConvertJson(
                    dir, config.ProjectName, config.Part, config.ClockPeriod, compiled.Graph.Nodes.Count, samples?.Count ?? 0)));
            }
            else
            {
                _runner.Out.WriteLine($"Wrote {config.ProjectName} ({compiled.Graph.Nodes.Count} layers, {config.Part}) to {dir}");
                _runner.Out.WriteLine(EstimateSummary.Line(EstimateSummary.Of(compiled)));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
