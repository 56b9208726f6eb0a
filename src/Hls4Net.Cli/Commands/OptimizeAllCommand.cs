using System.CommandLine;
using System.Globalization;
using Hls4Net.Cli.Optimize;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// Bare <c>hls4net optimize model --target ... [--budget dsp&lt;=N%|--max-dsp N]</c>: pruning, then precision
/// (<see cref="ModelOptimizer"/>), one before/after table; writes the pruned ONNX and the tuned YAML that points at it.
/// Exit <see cref="ExitCodes.TargetMissed"/> when the target (end to end) or the budget is missed.
/// </summary>
public sealed class OptimizeAllCommand
{
    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly OptimizeSamples _samples = new();
    private readonly Option<string> _target = new("--target") { Description = "argmax>=A, max-abs<=E or rel-rmse<=R end to end, against the unpruned model in float (default argmax>=0.999)", DefaultValueFactory = _ => "argmax>=0.999" };
    private readonly Option<string[]> _budget = new("--budget") { Description = "dsp<=N, lut<=N, ff<=N or bram<=N, N a count or a percentage of the part (repeatable)" };
    private readonly Option<string?> _maxDsp = new("--max-dsp") { Description = "DSP budget: a count or a percentage of the part (same as --budget dsp<=N)" };
    private readonly Option<double> _pruneShare = new("--prune-share") { Description = "Share of the allowed error given to pruning, in (0, 1) (default 0.5)", DefaultValueFactory = _ => 0.5 };
    private readonly Option<bool> _noStructured = new("--no-structured") { Description = "Keep neurons whose weights are all zero" };
    private readonly Option<double> _margin = new("--margin") { Description = "Fraction of the allowed error kept in reserve while searching on calibration, in [0, 1) (default 0.7)", DefaultValueFactory = _ => 0.7 };
    private readonly ThreadsOption _threads = new();
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Candidate evaluations at once (default: the number of cores); part of the result's determinism" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the tuned YAML to this file (default: print it after the report)" };
    private readonly Option<string?> _prunedModel = new("--pruned-model") { Description = "Write the pruned ONNX model here (default: the -o file with extension .onnx, or <model>.pruned.onnx)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the whole record (both stages, the YAML) as one JSON object" };

    public OptimizeAllCommand(CommandRunner runner) => _runner = runner;

    /// <summary>Give the <c>optimize</c> command its own arguments, options and action.</summary>
    public void Configure(Command command)
    {
        _model.AddTo(command);
        _samples.AddTo(command);
        foreach (var o in new Option[] { _target, _budget, _maxDsp, _pruneShare, _noStructured, _margin, _jobs, _output, _prunedModel, _json }) command.Options.Add(o);
        _threads.AddTo(command);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var target = PrecisionTarget.Parse(parse.GetValue(_target) ?? "argmax>=0.999");
            target.Tightened(parse.GetValue(_margin));
            if (parse.GetValue(_jobs) is <= 0) throw new UsageException($"--jobs must be positive, got {parse.GetValue(_jobs)}");
            var budget = Budget(parse.GetValue(_budget), parse.GetValue(_maxDsp));
            var baseDesign = new ModelCompiler(log).Compile(_model.Request(parse));
            var model = _threads.ApplyTo(parse, HlsModel.Load(baseDesign.ModelPath, new LoadOptions { WeightsPath = baseDesign.Config.KerasJson is not null ? baseDesign.Config.KerasH5 : null }));
            PrunedOnnx.EnsureWritable(model); // a Keras model the exporter refuses fails before the search
            var output = parse.GetValue(_output);
            var namedPruned = parse.GetValue(_prunedModel);
            var prunedPath = namedPruned
                ?? (output is not null ? Path.ChangeExtension(output, ".onnx") : Path.GetFileNameWithoutExtension(model.ModelPath) + ".pruned.onnx");
            if (Path.GetFullPath(prunedPath) == model.ModelPath) throw new UsageException($"the pruned model would overwrite the input '{prunedPath}'; give --pruned-model");
            if (output is not null && Path.GetFullPath(output) == Path.GetFullPath(prunedPath)) throw new UsageException($"the tuned config and the pruned model would both be written to '{output}'; give -o a .yml path or --pruned-model another path");
            // A file the user did not name is never replaced: the derived path must be free.
            if (namedPruned is null && File.Exists(prunedPath)) throw new UsageException($"'{prunedPath}' already exists and is not overwritten unnamed; give --pruned-model {prunedPath} to replace it, or another path");
            var width = baseDesign.Graph.Inputs.Count == 1 ? baseDesign.Graph.Inputs[0].Shape.Size : 0;
            var (calibration, validation) = _samples.Read(parse, width);
            var report = new ModelOptimizer(log).Run(model, baseDesign.Config, new OptimizeSettings
            {
                Calibration = calibration,
                Validation = validation,
                Target = target,
                Budget = budget,
                PruneShare = parse.GetValue(_pruneShare),
                Structured = !parse.GetValue(_noStructured),
                PrunedModelPath = prunedPath,
                Margin = parse.GetValue(_margin),
                Parallelism = parse.GetValue(_jobs) ?? Environment.ProcessorCount,
            });
            PrunedOnnx.Write(model, report.Prune.PrunedModel, prunedPath);
            log.Information("Pruned model written to {Path}", Path.GetFullPath(prunedPath));
            if (output is not null)
            {
                var full = Path.GetFullPath(output);
                AtomicFile.WriteAllText(full, report.Yaml);
                log.Information("Tuned config written to {Path}", full);
            }
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new OptimizeAllPrinter().Format(report, output, prunedPath));
            return report.Outcome == SearchOutcome.Met ? ExitCodes.Ok : ExitCodes.TargetMissed;
        }));
    }

    /// <summary>The budget of --budget RES&lt;=N entries and --max-dsp.</summary>
    internal static EstimateBudget Budget(IEnumerable<string>? entries, string? maxDsp)
    {
        var budget = new EstimateBudget();
        if (maxDsp is not null) budget = budget with { Dsp = ResourceLimit.Parse(maxDsp, "--max-dsp") };
        foreach (var entry in entries ?? [])
        {
            var t = entry.Replace(" ", "", StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture);
            var at = t.IndexOf("<=", StringComparison.Ordinal);
            if (at <= 0) throw new UsageException($"--budget '{entry}': expected dsp<=N, lut<=N, ff<=N or bram<=N (N a count or N%)");
            var limit = ResourceLimit.Parse(t[(at + 2)..], "--budget");
            budget = t[..at] switch
            {
                "dsp" => budget with { Dsp = limit },
                "lut" => budget with { Lut = limit },
                "ff" => budget with { Ff = limit },
                "bram" => budget with { Bram = limit },
                _ => throw new UsageException($"--budget '{entry}': the resource must be dsp, lut, ff or bram"),
            };
        }
        return budget;
    }
}
