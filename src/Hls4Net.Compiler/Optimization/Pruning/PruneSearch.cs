using System.Diagnostics;
using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;
using Hls4Net.Ops;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Optimization;

/// <summary>
/// <c>hls4net optimize prune</c> (docs/optimizer.md): magnitude pruning of the Dense and convolution weights by a given selection, or a
/// search for the largest global sparsity that meets the target against the unpruned model's float outputs, followed
/// by structured pruning (<see cref="StructuredPruner"/>). A candidate is judged on the calibration set, by the
/// bit-accurate emulator under the base config (<see cref="PruneEvaluation.Fixed"/>, the precision search's
/// <see cref="CandidateEvaluator"/>) or in float (<see cref="PruneEvaluation.Float"/>), against the target tightened
/// by the margin; the result is checked on the validation set against the target itself. The search is a k-ary search
/// over sparsity levels (<see cref="LevelSearch"/>) and every evaluation is deterministic, so the result depends only
/// on the model, the samples and the settings.
/// </summary>
public sealed class PruneSearch
{
    private readonly ILogger _log;

    public PruneSearch(ILogger? log = null) => _log = log ?? Logger.None;

    /// <summary>Prune <paramref name="model"/> (not changed) judged under <paramref name="baseConfig"/> (not changed).</summary>
    public PruneReport Run(HlsModel model, ProjectConfig baseConfig, PruneSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseConfig);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        settings.Selection?.Validate();
        settings.SearchTemplate.Validate();
        if (settings.Step is <= 0 or >= 1 || double.IsNaN(settings.Step)) throw new UsageException($"--step must be in (0, 1), got {settings.Step}");
        if (settings.MaxSparsity is < 0 or >= 1 || double.IsNaN(settings.MaxSparsity)) throw new UsageException($"--max-sparsity must be in [0, 1), got {settings.MaxSparsity}");
        var baseDesign = model.Configure(Copy(baseConfig));
        var graph = baseDesign.Graph;
        if (graph.Inputs.Count != 1) throw new UsageException($"the model has {graph.Inputs.Count} inputs; pruning feeds single-input models only");
        if (!graph.Nodes.Any(n => PrunableWeights.IsPrunable(n.Op))) throw new UsageException("the model has no Dense or convolution layer to prune");
        var width = graph.Inputs[0].Shape.Size;
        var calibration = settings.Calibration;
        var validation = settings.Validation ?? calibration;
        if (calibration.Count == 0 || validation.Count == 0) throw new InputDataException("pruning needs at least one calibration and one validation sample");
        calibration.ExpectWidth(width, $"model input '{graph.Inputs[0].Name}'");
        validation.ExpectWidth(width, $"model input '{graph.Inputs[0].Name}'");
        var target = settings.Target;
        if (target.Metric == TargetMetric.Argmax && graph.Outputs.All(o => o.Shape.Size < 2))
        {
            throw new UsageException("--target argmax needs a classifier output (more than one value); use max-abs or rel-rmse");
        }
        var searchTarget = target.Tightened(settings.Margin);
        var parallelism = Math.Max(1, settings.Parallelism);
        var floats = new FloatInterpreter(StandardOps.Create().FloatKernels());
        var refCalibration = floats.Run(graph, calibration.Flatten(), calibration.Count).Outputs;
        var refValidation = floats.Run(graph, validation.Flatten(), validation.Count).Outputs;
        var evaluations = 0;

        (HlsModel Model, IReadOnlyList<NeuronRemoval> Removals) Prune(PruneSelection selection)
        {
            var g = model.CopyGraph();
            MagnitudePruner.Apply(g, selection);
            IReadOnlyList<NeuronRemoval> removals = settings.Structured ? [.. StructuredPruner.Apply(g), .. FilterPruner.Apply(g)] : [];
            return (model.WithGraph(g), removals);
        }
        CandidateEvaluation Judge(HlsModel candidate, SampleSet samples, IReadOnlyList<double[]> reference)
        {
            Interlocked.Increment(ref evaluations);
            var design = candidate.Configure(Copy(baseConfig));
            if (settings.Evaluation == PruneEvaluation.Fixed)
            {
                return new CandidateEvaluator(candidate, baseConfig, [], target).Evaluate(design, samples, reference);
            }
            var outputs = floats.Run(design.Graph, samples.Flatten(), samples.Count).Outputs;
            return new CandidateEvaluation(target.Measure(outputs, reference, design.Graph.Outputs.Select(o => o.Shape.Size).ToList()), 0);
        }

        PruneSelection chosen;
        double? searched = null;
        var reachable = true;
        if (settings.Selection is { } given)
        {
            chosen = given;
            searched = given.Sparsity;
        }
        else
        {
            var levels = (int)Math.Floor(settings.MaxSparsity / settings.Step + 1e-9);
            double SparsityAt(int level) => Math.Round((levels - level) * settings.Step, 10);
            PruneSelection At(int level) => settings.SearchTemplate with { Sparsity = SparsityAt(level), Threshold = null };
            var start = Judge(Prune(At(levels)).Model, calibration, refCalibration);
            reachable = searchTarget.IsMet(start.Metric);
            var rounds = 0;
            var best = levels;
            if (!reachable)
            {
                _log.Warning("Unpruned, the model gives {Metric} on calibration ({Evaluation}): the target {Target} (searched as {Search}) is out of reach",
                    start.Metric, settings.Evaluation.ToString().ToLowerInvariant(), target, searchTarget);
            }
            else
            {
                best = LevelSearch.Lowest(0, levels, level =>
                {
                    var e = Judge(Prune(At(level)).Model, calibration, refCalibration);
                    var pass = searchTarget.IsMet(e.Metric);
                    _log.Information("Pruning search: sparsity {Sparsity:0.###} gives {Metric:G6} on calibration: {Verdict} (candidate {N})",
                        SparsityAt(level), e.Metric, pass ? "pass" : "fail", Interlocked.Add(ref rounds, 1));
                    return pass;
                }, parallelism);
            }
            chosen = At(best);
            searched = SparsityAt(best);
            _log.Information("Largest passing sparsity: {Sparsity:0.###}", searched);
        }

        var (pruned, removals) = Prune(chosen);
        var before = Totals(model, baseConfig, calibration, refCalibration, validation, refValidation, Judge);
        var after = Totals(pruned, baseConfig, calibration, refCalibration, validation, refValidation, Judge);
        var outcome = !reachable ? SearchOutcome.Unreachable
            : target.IsMet(after.ValidationMetric) ? SearchOutcome.Met
            : SearchOutcome.MissedOnValidation;
        var shortfall = target.Shortfall(after.ValidationMetric);
        clock.Stop();
        return new PruneReport
        {
            Model = model.ModelPath,
            Target = target.ToString(),
            Evaluation = settings.Evaluation.ToString().ToLowerInvariant(),
            Selection = chosen.ToString(),
            Searched = settings.Selection is null,
            SearchedSparsity = searched,
            Outcome = outcome,
            Shortfall = shortfall,
            Summary = Summary(outcome, target, after, settings.Evaluation),
            Layers = Layers(graph, pruned.Configure(Copy(baseConfig)).Graph, removals),
            Removals = removals,
            Before = before,
            After = after,
            Evaluations = evaluations,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
            PrunedModel = pruned,
        };
    }

    /// <summary>A fresh copy of <paramref name="config"/> (a design keeps its config object).</summary>
    internal static ProjectConfig Copy(ProjectConfig config) =>
        new ProjectConfigLoader(Logger.None).LoadYaml(new EffectiveConfigWriter().Write(config), "<pruning>");

    private static PruneTotals Totals(HlsModel model, ProjectConfig baseConfig, SampleSet calibration, IReadOnlyList<double[]> refCalibration,
        SampleSet validation, IReadOnlyList<double[]> refValidation, Func<HlsModel, SampleSet, IReadOnlyList<double[]>, CandidateEvaluation> judge)
    {
        var design = model.Configure(Copy(baseConfig));
        var cost = new CandidateEvaluator(model, baseConfig, [], PrecisionTarget.Default).Cost(design);
        var prunable = design.Graph.Nodes.Where(n => PrunableWeights.IsPrunable(n.Op)).Select(n => PrunableWeights.Of(n.Op)).ToList();
        long weights = prunable.Sum(w => (long)w.Size);
        long nonZero = prunable.Sum(w => (long)w.Data.Count(v => v != 0));
        var cal = judge(model, calibration, refCalibration);
        var val = ReferenceEquals(calibration, validation) ? cal : judge(model, validation, refValidation);
        return new PruneTotals(cost, weights, nonZero, cal.Metric, val.Metric, cal.Overflows, val.Overflows);
    }

    private static IReadOnlyList<LayerSparsity> Layers(Graph original, Graph pruned, IReadOnlyList<NeuronRemoval> removals)
    {
        var rows = new List<LayerSparsity>();
        foreach (var node in original.Nodes.Where(n => PrunableWeights.IsPrunable(n.Op)))
        {
            var before = PrunableWeights.Of(node.Op);
            var after = pruned.FindNode(node.Name) ?? throw new InvalidOperationException($"pruned graph lost layer '{node.Name}'");
            var aw = PrunableWeights.Of(after.Op);
            var zeroCodes = after.Op is DenseOp && after.Precision.Weight is { FitsInt64: true } && after.Precision.Bias is { FitsInt64: true } && after.Precision.Accum is not null
                ? DensePlan.Create(after).ZeroWeights
                : after.Precision.Weight is { FitsInt64: true } wt
                    ? LayerTypes.Quantize(aw.Data, wt).Count(c => c == 0)
                    : aw.Data.Count(w => w == 0);
            var nonZero = aw.Data.Count(w => w != 0);
            rows.Add(new LayerSparsity(node.Name, PrunableWeights.ShapeText(node.Op), PrunableWeights.ShapeText(after.Op), before.Size,
                before.Data.Count(w => w == 0), aw.Data.Count(w => w == 0), zeroCodes,
                removals.Where(r => r.Layer == node.Name).Sum(r => r.Removed), 1.0 - (double)nonZero / before.Size));
        }
        return rows;
    }

    private static string Summary(SearchOutcome outcome, PrecisionTarget target, PruneTotals after, PruneEvaluation evaluation)
    {
        var how = evaluation == PruneEvaluation.Fixed ? "bit-accurate under the base config" : "in float";
        var kept = FormattableString.Invariant($"{after.NonZeroWeights} of {after.Weights} weights kept");
        return outcome switch
        {
            SearchOutcome.Met => FormattableString.Invariant($"target {target} met ({how}): {Fmt(after.ValidationMetric)} on validation; {kept}"),
            SearchOutcome.MissedOnValidation => FormattableString.Invariant($"target {target} missed on validation ({how}) by {Fmt(target.Shortfall(after.ValidationMetric))} ({Fmt(after.ValidationMetric)}); {kept}"),
            _ => FormattableString.Invariant($"target {target} out of reach ({how}): even the unpruned model misses the searched target; nothing pruned"),
        };
    }

    private static string Fmt(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
