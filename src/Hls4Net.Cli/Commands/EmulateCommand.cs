using System.CommandLine;
using Hls4Net.Core.Data;

namespace Hls4Net.Cli.Commands;

/// <summary><c>hls4net emulate</c>: bit-accurate fixed-point outputs, in process, with per-layer overflow counts.</summary>
public sealed class EmulateCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly Option<string> _input = new("--input", "-i") { Description = "Inputs (.csv/.dat/.npy), one sample per row", Required = true };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write outputs as CSV to this file instead of stdout" };
    private readonly Option<bool> _json = new("--json") { Description = "Print outputs and overflow counts as JSON" };
    private readonly ThreadsOption _threads = new();

    public EmulateCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        var command = new Command("emulate", "Run the bit-accurate fixed-point emulator on inputs");
        _model.AddTo(command);
        command.Options.Add(_input);
        command.Options.Add(_output);
        command.Options.Add(_json);
        _threads.AddTo(command);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var compiled = _threads.ApplyTo(parse, new ModelCompiler(log).Compile(_model.Request(parse)));
            var samples = new SampleSetReader().Read(parse.GetValue(_input)!);
            log.Information("Emulating {Samples} samples in fixed point...", samples.Count);
            var result = compiled.Emulate(samples);
            var rows = EmulationRunner.Rows(result);
            var overflow = result.Overflow.Where(kv => kv.Value.Overflows > 0)
                .Select(kv => new OverflowJson(kv.Key.Name, kv.Value.Stores, kv.Value.Overflows)).ToList();
            foreach (var o in overflow) log.Warning("layer {Layer}: {Overflows} of {Stores} stored values overflowed", o.Layer, o.Overflows, o.Stores);
            if (parse.GetValue(_json))
            {
                _runner.Out.WriteLine(CliJson.Serialize(new EmulateJson(rows.Count, rows, overflow)));
                return ExitCodes.Ok;
            }
            var path = parse.GetValue(_output);
            if (path is null) CsvRowWriter.Write(rows, _runner.Out);
            else
            {
                AtomicFile.Write(path, output => CsvRowWriter.Write(rows, output));
                _runner.Out.WriteLine($"Wrote {rows.Count} samples to {path}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
