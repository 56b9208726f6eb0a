using System.CommandLine;
using Hls4Net.Backends.Vitis;
using Hls4Net.Benchmarking;
using Hls4Net.Cli.Bench;
using Hls4Net.Emulation;
using Serilog.Core;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net bench</c>: emulator throughput (samples/s, ns and allocated bytes per sample) and convert wall time,
/// with the machine facts. Results on stdout, progress on stderr. Speed figures live here, never in unit tests.
/// </summary>
public sealed class BenchCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<int> _samples = new("--samples") { Description = "Random N(0,1) samples per timed run (default 10000)", DefaultValueFactory = _ => 10000 };
    private readonly Option<int> _batch = new("--batch") { Description = "Samples per emulator call (default 1000)", DefaultValueFactory = _ => 1000 };
    private readonly Option<int> _repeat = new("--repeat") { Description = "Timed runs after one warm-up, for the emulator and for convert (default 5)", DefaultValueFactory = _ => 5 };
    private readonly Option<bool> _json = new("--json") { Description = "Print the figures as JSON" };

    public BenchCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("bench", "Measure the emulator's throughput and the wall time of convert (run a Release build)");
        _model.AddTo(command);
        foreach (var o in new Option[] { _samples, _batch, _repeat, _json }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var settings = new BenchSettings(parse.GetValue(_samples), parse.GetValue(_batch), parse.GetValue(_repeat)).Validate();
            var machine = MachineFacts.Current([typeof(BenchCommand).Assembly, typeof(Interpreter).Assembly, typeof(VitisBackend).Assembly, typeof(Hls4Net.Core.Ir.Graph).Assembly]);
            if (machine.Warning is { } warning) log.Warning("{Warning}", warning);
            var request = _model.Request(parse);
            var convert = new ConvertBench(log).Run(request, settings.Repeat);
            var compiled = new ModelCompiler(Logger.None).Compile(request);
            var emulator = new EmulatorBench(log).Run(compiled.Graph, settings);
            var report = new BenchReport(compiled.ModelPath, compiled.Graph.Nodes.Count, settings.Repeat, machine, emulator, convert);
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new BenchReportPrinter().Format(report));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
