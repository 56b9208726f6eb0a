using System.CommandLine;
using System.Globalization;
using Hls4Net.Cli.Optimize;
using Hls4Net.Optimization;

namespace Hls4Net.Cli.Commands;

/// <summary>
/// <c>hls4net optimize prune</c>: magnitude pruning of the Dense and convolution weights (given sparsity or threshold, or the largest
/// global sparsity that meets --target), structured removal of dead neurons, a per-layer sparsity report, and the
/// pruned model as ONNX (docs/optimizer.md). Exit <see cref="ExitCodes.TargetMissed"/> when the target is missed.
/// </summary>
public sealed class OptimizePruneCommand
{
    private const string Description =
        "Prune Dense and convolution weights by magnitude: --sparsity S (global, or --per-layer), --threshold T, --layer-sparsity NAME=S, or, with none " +
        "of these, search the largest global sparsity whose model still meets --target against the unpruned model in float " +
        "(judged bit-accurately under the base config, or --evaluate float). Neurons whose weights are all zero are removed and " +
        "the next layer shrinks (--no-structured keeps them). Writes the pruned model as ONNX (-o) and prints a " +
        "per-layer sparsity report (docs/optimizer.md).\n" +
        "Exit codes: 0 target met on the validation set; 8 target missed or out of reach; 1 error; 2 usage; 6 missing dependency.";

    private readonly CommandRunner _runner;
    private readonly ModelOptions _model = new();
    private readonly OptimizeSamples _samples = new();
    private readonly Option<string> _target = new("--target") { Description = "argmax>=A, max-abs<=E or rel-rmse<=R against the unpruned model's float outputs (default argmax>=0.999)", DefaultValueFactory = _ => "argmax>=0.999" };
    private readonly Option<double?> _sparsity = new("--sparsity") { Description = "Fraction of the Dense and convolution weights to zero, smallest magnitude first, in [0, 1)" };
    private readonly Option<double?> _threshold = new("--threshold") { Description = "Zero every Dense or convolution weight whose magnitude is below this" };
    private readonly Option<bool> _perLayer = new("--per-layer") { Description = "Apply --sparsity (or the searched sparsity) to each layer separately instead of globally" };
    private readonly Option<string[]> _layerSparsity = new("--layer-sparsity") { Description = "NAME=S: this layer's own sparsity (repeatable)", AllowMultipleArgumentsPerToken = false };
    private readonly Option<bool> _noStructured = new("--no-structured") { Description = "Keep neurons whose weights are all zero (no layer shrinks)" };
    private readonly Option<string> _evaluate = new("--evaluate") { Description = "fixed (default: bit-accurate emulation under the base config) or float: how candidates are judged", DefaultValueFactory = _ => "fixed" };
    private readonly Option<double> _step = new("--step") { Description = "Sparsity step of the search (default 0.01)", DefaultValueFactory = _ => 0.01 };
    private readonly Option<double> _maxSparsity = new("--max-sparsity") { Description = "Largest sparsity the search tries (default 0.99)", DefaultValueFactory = _ => 0.99 };
    private readonly Option<double> _margin = new("--margin") { Description = "Fraction of the allowed error kept in reserve while searching on calibration, in [0, 1) (default 0.7)", DefaultValueFactory = _ => 0.7 };
    private readonly ThreadsOption _threads = new();
    private readonly Option<int?> _jobs = new("--jobs") { Description = "Candidate evaluations at once (default: the number of cores); part of the result's determinism" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the pruned model to this .onnx file (for a Keras model: a new ONNX model of its Dense layers and activations)" };
    private readonly Option<bool> _json = new("--json") { Description = "Print the report as one JSON object" };

    public OptimizePruneCommand(CommandRunner runner) => _runner = runner;

    public Command Create()
    {
        _evaluate.AcceptOnlyFromAmong("fixed", "float");
        var command = new Command("prune", Description);
        _model.AddTo(command);
        _samples.AddTo(command);
        foreach (var o in new Option[] { _target, _sparsity, _threshold, _perLayer, _layerSparsity, _noStructured, _evaluate, _step, _maxSparsity, _margin, _jobs, _output, _json }) command.Options.Add(o);
        _threads.AddTo(command);
        command.SetAction(parse => _runner.Execute(parse, log =>
        {
            var target = PrecisionTarget.Parse(parse.GetValue(_target) ?? "argmax>=0.999");
            target.Tightened(parse.GetValue(_margin));
            if (parse.GetValue(_jobs) is <= 0) throw new UsageException($"--jobs must be positive, got {parse.GetValue(_jobs)}");
            var template = new PruneSelection { PerLayer = parse.GetValue(_perLayer), Layers = LayerSparsities(parse.GetValue(_layerSparsity)) };
            var sparsity = parse.GetValue(_sparsity);
            var threshold = parse.GetValue(_threshold);
            var selection = sparsity is null && threshold is null && template.Layers.Count == 0 ? null : template with { Sparsity = sparsity, Threshold = threshold };
            selection?.Validate();
            template.Validate();
            var output = parse.GetValue(_output);
            var baseDesign = new ModelCompiler(log).Compile(_model.Request(parse));
            var model = _threads.ApplyTo(parse, HlsModel.Load(baseDesign.ModelPath, new LoadOptions { WeightsPath = baseDesign.Config.KerasJson is not null ? baseDesign.Config.KerasH5 : null }));
            if (output is not null) PrunedOnnx.EnsureWritable(model); // a Keras model the exporter refuses fails before the search
            var width = baseDesign.Graph.Inputs.Count == 1 ? baseDesign.Graph.Inputs[0].Shape.Size : 0;
            var (calibration, validation) = _samples.Read(parse, width);
            var report = new PruneSearch(log).Run(model, baseDesign.Config, new PruneSettings
            {
                Calibration = calibration,
                Validation = validation,
                Selection = selection,
                SearchTemplate = template,
                Target = target,
                Evaluation = parse.GetValue(_evaluate) == "float" ? PruneEvaluation.Float : PruneEvaluation.Fixed,
                Structured = !parse.GetValue(_noStructured),
                Step = parse.GetValue(_step),
                MaxSparsity = parse.GetValue(_maxSparsity),
                Margin = parse.GetValue(_margin),
                Parallelism = parse.GetValue(_jobs) ?? Environment.ProcessorCount,
            });
            if (output is not null)
            {
                PrunedOnnx.Write(model, report.PrunedModel, output);
                log.Information("Pruned model written to {Path}", Path.GetFullPath(output));
            }
            if (parse.GetValue(_json)) _runner.Out.WriteLine(CliJson.Serialize(report));
            else _runner.Out.Write(new PruneReportPrinter().Format(report, output));
            return report.Outcome == SearchOutcome.Met ? ExitCodes.Ok : ExitCodes.TargetMissed;
        }));
        return command;
    }

    /// <summary>Parse NAME=S pairs.</summary>
    internal static IReadOnlyDictionary<string, double> LayerSparsities(IEnumerable<string>? pairs)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var pair in pairs ?? [])
        {
            var eq = pair.LastIndexOf('=');
            if (eq <= 0 || !double.TryParse(pair[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var s))
            {
                throw new UsageException($"--layer-sparsity '{pair}': expected NAME=S, e.g. fc1=0.5");
            }
            map[pair[..eq]] = s;
        }
        return map;
    }
}
