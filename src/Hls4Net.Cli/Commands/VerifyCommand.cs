using System.CommandLine;
using Hls4Net.Cli.Verify;
using Hls4Net.Verification;

namespace Hls4Net.Cli.Commands;

/// <summary><c>hls4net verify</c>: fixed-point emulator vs a float reference (and optionally vs the C simulation), with a CI gate.</summary>
public sealed class VerifyCommand
{
    private const string Description =
        "Compare the fixed-point emulator with a float reference (ONNX Runtime for .onnx models, the emulator's float mode for Keras models) " +
        "and, with --csim, with the g++ C simulation bit for bit. Reports max/mean abs error and argmax agreement per output and overflow counts per layer.\n" +
        "Exit codes: 0 pass; 3 error above --tolerance (or argmax agreement below it with --tolerance-on argmax); " +
        "4 emulator and C simulation not bit-exact (--csim); 5 both 3 and 4; 1 error; 2 usage; 6 missing dependency (ONNX Runtime library, g++). " +
        "Without --tolerance only bit-exactness gates.";

    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly ThreadsOption _threads = new();
    private readonly Option<string?> _input = new("--input", "-i") { Description = "Inputs (.csv/.dat/.npy), one sample per row (default: --samples random samples)" };
    private readonly Option<int?> _samples = new("--samples") { Description = "Number of random N(0,1) samples when no --input (default 1000)" };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the random samples (default 0)" };
    private readonly Option<bool> _csim = new("--csim") { Description = "Also write a temporary project, C-simulate it with g++ and compare bits with the emulator" };
    private readonly Option<string?> _keep = new("--keep-project") { Description = "With --csim: keep the project in this folder" };
    private readonly Option<bool> _force = new("--force") { Description = "Replace a non-empty --keep-project folder" };
    private readonly Option<double?> _tolerance = new("--tolerance") { Description = "Fail (exit 3) when the max abs error exceeds T (or, with --tolerance-on argmax, the argmax agreement is below T)" };
    private readonly Option<string> _toleranceOn = new("--tolerance-on") { Description = "max-abs (default) or argmax", DefaultValueFactory = _ => "max-abs" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as one JSON object (logs stay on stderr)" };
    private readonly Option<string?> _trace = new("--trace") { Description = "Write per-layer emulator vs float outputs for LAYER (node or value name) or 'all'" };
    private readonly Option<string> _floatReference = new("--float-reference") { Description = "auto (ONNX Runtime for .onnx models, else the emulator's float mode), onnxruntime or emulator", DefaultValueFactory = _ => "auto" };
    private readonly Option<string> _traceDir = new("--trace-dir") { Description = "Folder for --trace CSV files", DefaultValueFactory = _ => "trace" };

    public VerifyCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _toleranceOn.AcceptOnlyFromAmong("max-abs", "argmax");
        _floatReference.AcceptOnlyFromAmong("auto", "onnxruntime", "emulator");
        var command = new Command("verify", Description);
        _model.AddTo(command);
        _threads.AddTo(command);
        foreach (var o in new Option[] { _input, _samples, _seed, _csim, _keep, _force, _tolerance, _toleranceOn, _json, _trace, _traceDir, _floatReference }) command.Options.Add(o);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var settings = Settings(parse);
            var report = _threads.ApplyTo(parse, new ModelCompiler(log).Compile(_model.Request(parse))).Verify(settings);
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new VerifyReportPrinter().Format(report));
            return report.Verdict.ExitCode;
        }));
        return command;
    }

    private VerifySettings Settings(ParseResult parse)
    {
        var input = parse.GetValue(_input);
        var samples = parse.GetValue(_samples);
        if (input is not null && samples is not null) throw new UsageException("give either --input or --samples, not both");
        if (parse.GetValue(_keep) is not null && !parse.GetValue(_csim)) throw new UsageException("--keep-project needs --csim");
        if (parse.GetValue(_tolerance) is < 0 or double.NaN) throw new UsageException($"--tolerance must be a non-negative number, got {parse.GetValue(_tolerance)}");
        return new VerifySettings
        {
            InputPath = input,
            Samples = samples ?? 1000,
            Seed = parse.GetValue(_seed),
            Csim = parse.GetValue(_csim),
            KeepProject = parse.GetValue(_keep),
            Force = parse.GetValue(_force),
            Tolerance = parse.GetValue(_tolerance),
            ToleranceOn = parse.GetValue(_toleranceOn) == "argmax" ? ToleranceMode.Argmax : ToleranceMode.MaxAbs,
            Trace = parse.GetValue(_trace),
            TraceDir = parse.GetValue(_traceDir) ?? "trace",
            FloatReference = parse.GetValue(_floatReference) ?? "auto",
        };
    }
}
