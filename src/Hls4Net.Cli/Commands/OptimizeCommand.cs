using System.CommandLine;
using Hls4Net.Cli.Optimize;
using Hls4Net.Core.Numerics;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net optimize precision</c>: searches per-layer types (integer bits from the calibration ranges, fractional
/// bits by a deterministic descent) for the lowest cost that meets an accuracy target, and writes the tuned
/// hls4ml-style YAML (docs/optimizer.md). Exit <see cref="ExitCodes.TargetMissed"/> when the target is missed on the
/// validation set or out of reach.
/// </summary>
public sealed class OptimizeCommand
{
    private const string PrecisionDescription =
        "Search per-layer precisions (integer bits from the float ranges of the calibration set plus guard bits, fractional bits " +
        "lowered one layer slot at a time while the bit-accurate emulator meets --target against float with no overflow) " +
        "for the lowest --cost, and write the tuned config as hls4ml-style YAML that 'convert -c' reads unchanged (docs/optimizer.md).\n" +
        "Exit codes: 0 target met on the validation set; 8 target missed on the validation set, or out of reach even at the widest types " +
        "(the report says by how much); 1 error; 2 usage; 6 missing dependency.";

    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly OptimizeSamples _sampleOptions = new();
    private readonly Option<string> _target = new("--target") { Description = "argmax>=A, max-abs<=E or rel-rmse<=R against float on the model's outputs (default argmax>=0.999)", DefaultValueFactory = _ => "argmax>=0.999" };
    private readonly Option<string> _cost = new("--cost") { Description = "dsp (default), lut or bits: what the search minimizes first", DefaultValueFactory = _ => "dsp" };
    private readonly Option<string?> _overflow = new("--overflow") { Description = "wrap or sat: overflow mode of the tuned types (default: the config's)" };
    private readonly Option<int> _guardBits = new("--guard-bits") { Description = "Integer bits added to the calibration range of results and accumulators (default 1)", DefaultValueFactory = _ => 1 };
    private readonly Option<double> _margin = new("--margin") { Description = "Fraction of the allowed error kept in reserve while searching on the calibration set, in [0, 1) (default 0.7; docs/optimizer.md)", DefaultValueFactory = _ => 0.7 };
    private readonly Option<bool> _truncateConstants = new("--truncate-constants") { Description = "Quantize weights and biases with the config's mode instead of AP_RND" };
    private readonly ThreadsOption _threads = new();
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Candidate evaluations at once (default: the number of cores); part of the result's determinism" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the tuned YAML to this file (default: print it after the report)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report (with the YAML) as one JSON object" };

    public OptimizeCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _cost.AcceptOnlyFromAmong("dsp", "lut", "bits");
        _overflow.AcceptOnlyFromAmong("wrap", "sat");
        var precision = new Command("precision", PrecisionDescription);
        _model.AddTo(precision);
        _sampleOptions.AddTo(precision);
        foreach (var o in new Option[] { _target, _cost, _overflow, _guardBits, _margin, _truncateConstants, _jobs, _output, _json }) precision.Options.Add(o);
        _threads.AddTo(precision);
        precision.SetAction(parse => _runner.Execute(parse, log =>
        {
            var target = PrecisionTarget.Parse(parse.GetValue(_target) ?? "argmax>=0.999");
            target.Tightened(parse.GetValue(_margin)); // validates --margin before any work
            if (parse.GetValue(_sampleOptions.Samples) <= 0) throw new UsageException($"--samples must be positive, got {parse.GetValue(_sampleOptions.Samples)}");
            if (parse.GetValue(_guardBits) is < 0 or > 16) throw new UsageException($"--guard-bits must be in 0..16, got {parse.GetValue(_guardBits)}");
            if (parse.GetValue(_jobs) is <= 0) throw new UsageException($"--jobs must be positive, got {parse.GetValue(_jobs)}");
            var baseDesign = new ModelCompiler(log).Compile(_model.Request(parse));
            var model = _threads.ApplyTo(parse, HlsModel.Load(baseDesign.ModelPath, new LoadOptions { WeightsPath = WeightsOf(baseDesign) }));
            var width = baseDesign.Graph.Inputs.Count == 1 ? baseDesign.Graph.Inputs[0].Shape.Size : 0;
            var (calibration, validation) = _sampleOptions.Read(parse, width);
            var settings = new PrecisionSearchSettings
            {
                Calibration = calibration,
                Validation = validation,
                Target = target,
                Cost = Enum.Parse<CostMetric>(parse.GetValue(_cost) ?? "dsp", ignoreCase: true),
                GuardBits = parse.GetValue(_guardBits),
                Margin = parse.GetValue(_margin),
                RoundConstants = !parse.GetValue(_truncateConstants),
                Overflow = parse.GetValue(_overflow) switch { "sat" => OverflowMode.Sat, "wrap" => OverflowMode.Wrap, _ => null },
                Parallelism = parse.GetValue(_jobs) ?? Environment.ProcessorCount,
            };
            var report = new PrecisionSearch(log).Run(model, baseDesign.Config, settings);
            var output = parse.GetValue(_output);
            if (output is not null)
            {
                AtomicFile.WriteAllText(output, report.Yaml);
                log.Information("Tuned config written to {Path}", Path.GetFullPath(output));
            }
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new OptimizeReportPrinter().Format(report, output));
            return report.Outcome == SearchOutcome.Met ? ExitCodes.Ok : ExitCodes.TargetMissed;
        }));
        var command = new Command("optimize",
            "Tune a model: with no subcommand, prune then search precisions for --target within --budget (one before/after table); " +
            "'precision': per-layer types for the lowest cost that meets an accuracy target; 'prune': magnitude and structured pruning; " +
            "'reuse': per-layer strategy and reuse factor within a resource or latency budget.\n" +
            "Exit codes: 0 ok (target met, within budget); 1 error; 2 usage; 6 missing dependency; 7 reuse: no choice meets the budget; 8 target or budget missed, or target out of reach.");
        command.Subcommands.Add(precision);
        command.Subcommands.Add(new OptimizeReuseCommand(_runner).Create());
        command.Subcommands.Add(new OptimizePruneCommand(_runner).Create());
        new OptimizeAllCommand(_runner).Configure(command);
        return command;
    }

    private static string? WeightsOf(HlsDesign design) => design.Config.KerasJson is not null ? design.Config.KerasH5 : null;
}
