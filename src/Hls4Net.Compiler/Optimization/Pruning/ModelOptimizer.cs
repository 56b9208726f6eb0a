using System.Diagnostics;
using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Optimization;

/// <summary>
/// <c>hls4net optimize</c> (docs/optimizer.md): prunes the model (<see cref="PruneSearch"/>, judged in float with
/// <see cref="OptimizeSettings.PruneShare"/> of the allowed error), then searches the pruned model's precisions
/// (<see cref="PrecisionSearch"/>, with the error pruning left unused: <see cref="Remaining"/>), and checks the result end to end: the tuned design of
/// the pruned model against the unpruned model's float outputs on the validation set, and its estimate against the budget.
/// </summary>
public sealed class ModelOptimizer
{
    private readonly ILogger _log;

    public ModelOptimizer(ILogger? log = null) => _log = log ?? Logger.None;

    public OptimizeReport Run(HlsModel model, ProjectConfig baseConfig, OptimizeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseConfig);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.PruneShare is <= 0 or >= 1 || double.IsNaN(settings.PruneShare)) throw new UsageException($"--prune-share must be in (0, 1), got {settings.PruneShare}");
        var clock = Stopwatch.StartNew();
        var target = settings.Target;
        var (pruneTarget, _) = Split(target, settings.PruneShare);
        var calibration = settings.Calibration;
        var validation = settings.Validation ?? calibration;

        _log.Information("Stage 1/2: pruning, judged in float against {Target}", pruneTarget);
        var prune = new PruneSearch(_log).Run(model, baseConfig, new PruneSettings
        {
            Calibration = calibration,
            Validation = settings.Validation,
            Target = pruneTarget,
            Evaluation = PruneEvaluation.Float,
            Structured = settings.Structured,
            Margin = settings.Margin,
            Parallelism = settings.Parallelism,
        });
        var pruned = prune.PrunedModel.WithGraph(prune.PrunedModel.CopyGraph(), settings.PrunedModelPath);
        var precisionTarget = Remaining(target, prune.After, settings.PruneShare);

        _log.Information("Stage 2/2: precision of the pruned model against {Target}", precisionTarget);
        var precision = new PrecisionSearch(_log).Run(pruned, baseConfig, new PrecisionSearchSettings
        {
            Calibration = calibration,
            Validation = settings.Validation,
            Target = precisionTarget,
            Cost = settings.Cost,
            Margin = settings.Margin,
            Parallelism = settings.Parallelism,
        });

        var baseDesign = model.Configure(PruneSearch.Copy(baseConfig));
        var floats = new FloatInterpreter(StandardOps.Create().FloatKernels());
        var refCalibration = floats.Run(baseDesign.Graph, calibration.Flatten(), calibration.Count).Outputs;
        var refValidation = ReferenceEquals(calibration, validation) ? refCalibration : floats.Run(baseDesign.Graph, validation.Flatten(), validation.Count).Outputs;
        var tunedConfig = new ProjectConfigLoader(Logger.None).LoadYaml(precision.Yaml, "<optimize>");
        var before = Totals(model, baseDesign, baseConfig, target, settings, calibration, refCalibration, validation, refValidation);
        var tunedDesign = pruned.Configure(tunedConfig);
        var after = Totals(pruned, tunedDesign, PruneSearch.Copy(tunedConfig), target, settings, calibration, refCalibration, validation, refValidation);
        var met = target.IsMet(after.ValidationMetric) && precision.After.CalibrationOverflows == 0;
        var outcome = prune.Outcome == SearchOutcome.Unreachable || precision.Outcome == SearchOutcome.Unreachable ? SearchOutcome.Unreachable
            : met && after.WithinBudget ? SearchOutcome.Met
            : SearchOutcome.MissedOnValidation;
        clock.Stop();
        var summary = FormattableString.Invariant(
            $"target {target} {(met ? "met" : "missed")} end to end ({Fmt(after.ValidationMetric)} on validation against the unpruned float model); budget {(after.WithinBudget ? "met" : "missed")}: DSP {after.Cost.Dsp}, LUT {after.Cost.Lut}; {prune.Summary}");
        return new OptimizeReport
        {
            Model = model.ModelPath,
            Target = target.ToString(),
            Budget = BudgetText(settings.Budget),
            Outcome = outcome,
            BudgetMet = after.WithinBudget,
            Summary = summary,
            Before = before,
            After = after,
            Prune = prune,
            Precision = precision,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>The targets of the two stages: pruning gets <paramref name="share"/> of the allowed error, precision the rest.</summary>
    public static (PrecisionTarget Prune, PrecisionTarget Precision) Split(PrecisionTarget target, double share)
    {
        ArgumentNullException.ThrowIfNull(target);
        return target.HigherIsBetter
            ? (target with { Threshold = 1 - share * (1 - target.Threshold) }, target with { Threshold = 1 - (1 - share) * (1 - target.Threshold) })
            : (target with { Threshold = share * target.Threshold }, target with { Threshold = (1 - share) * target.Threshold });
    }

    /// <summary>
    /// The precision stage's target: the error the pruned model did not use (the worse of its calibration and
    /// validation metric against the unpruned float model), at least the stage's own share (1 − share).
    /// </summary>
    public static PrecisionTarget Remaining(PrecisionTarget target, PruneTotals pruned, double share)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(pruned);
        var (_, floor) = Split(target, share);
        if (target.HigherIsBetter)
        {
            var used = 1 - Math.Min(pruned.CalibrationMetric, pruned.ValidationMetric);
            var threshold = target.Threshold + used;
            return double.IsNaN(used) ? floor : target with { Threshold = Math.Min(floor.Threshold, threshold) };
        }
        else
        {
            var used = Math.Max(pruned.CalibrationMetric, pruned.ValidationMetric);
            var threshold = target.Threshold - used;
            return double.IsNaN(used) ? floor : target with { Threshold = Math.Max(floor.Threshold, threshold) };
        }
    }

    private static OptimizeTotals Totals(HlsModel model, HlsDesign design, ProjectConfig config, PrecisionTarget target, OptimizeSettings settings,
        SampleSet calibration, IReadOnlyList<double[]> refCalibration, SampleSet validation, IReadOnlyList<double[]> refValidation)
    {
        var evaluator = new CandidateEvaluator(model, config, [], target);
        var estimate = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog());
        var cost = DesignCost.Of(design.Graph, estimate);
        var cal = evaluator.Evaluate(design, calibration, refCalibration);
        var val = ReferenceEquals(calibration, validation) ? cal : evaluator.Evaluate(design, validation, refValidation);
        var nonZero = design.Graph.Nodes.Where(n => PrunableWeights.IsPrunable(n.Op)).Sum(n => (long)PrunableWeights.Of(n.Op).Data.Count(w => w != 0));
        return new OptimizeTotals(cost, nonZero, cal.Metric, val.Metric, val.Overflows, settings.Budget.Check(estimate).Fits);
    }

    private static string BudgetText(Hls4Net.Estimation.Budgets.EstimateBudget b)
    {
        var parts = new List<string>();
        if (b.Dsp is not null) parts.Add($"dsp<={b.Dsp}");
        if (b.Lut is not null) parts.Add($"lut<={b.Lut}");
        if (b.Ff is not null) parts.Add($"ff<={b.Ff}");
        if (b.Bram is not null) parts.Add($"bram<={b.Bram}");
        if (b.Latency is not null) parts.Add($"latency<={b.Latency}");
        return parts.Count == 0 ? "the whole part" : string.Join(", ", parts);
    }

    private static string Fmt(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
}
