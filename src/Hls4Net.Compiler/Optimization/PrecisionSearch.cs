using System.Diagnostics;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Optimization;

/// <summary>
/// <c>hls4net optimize precision</c> (docs/optimizer.md): profiles the model in float over the calibration set, fixes
/// every type's integer bits from the observed ranges (<see cref="KnobBuilder"/>), then lowers the fractional bits
/// knob by knob while the bit-accurate emulator still meets the target against float on the calibration set with no
/// overflow, in three phases (<see cref="Descend"/>): per-knob floors, a uniform margin over them, then a descent
/// knob by knob in a fixed order — the largest cost saving first (each knob at its lowest level, all others at the
/// start precision, costed by the estimator), ties in graph order — each knob's lowest passing level found by a
/// k-ary search (<see cref="LevelSearch"/>, <see cref="PrecisionSearchSettings.Parallelism"/> probes per round).
/// Every evaluation is deterministic and the probes depend only on the search interval, so the result depends only on
/// the model, the samples and the settings (the number of probes per round included), never on thread timing.
/// </summary>
public sealed class PrecisionSearch
{
    private readonly ILogger _log;

    public PrecisionSearch(ILogger? log = null) => _log = log ?? Logger.None;

    /// <summary>
    /// Tune <paramref name="model"/> starting from <paramref name="baseConfig"/> (not changed; its semantics, strategy,
    /// reuse factors, part, ... are kept in the tuned config).
    /// </summary>
    public PrecisionSearchReport Run(HlsModel model, ProjectConfig baseConfig, PrecisionSearchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseConfig);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var baseDesign = model.Configure(baseConfig);
        var graph = baseDesign.Graph;
        if (graph.Inputs.Count != 1) throw new UsageException($"the model has {graph.Inputs.Count} inputs; the precision search feeds single-input models only");
        var width = graph.Inputs[0].Shape.Size;
        var calibration = settings.Calibration;
        var validation = settings.Validation ?? calibration;
        if (calibration.Count == 0 || validation.Count == 0) throw new InputDataException("the precision search needs at least one calibration and one validation sample");
        calibration.ExpectWidth(width, $"model input '{graph.Inputs[0].Name}'");
        validation.ExpectWidth(width, $"model input '{graph.Inputs[0].Name}'");
        if (settings.Target.Metric == TargetMetric.Argmax && graph.Outputs.All(o => o.Shape.Size < 2))
        {
            throw new UsageException("--target argmax needs a classifier output (more than one value); use max-abs or rel-rmse");
        }
        var parallelism = Math.Max(1, settings.Parallelism);

        _log.Information("Profiling {Samples} calibration samples in float...", calibration.Count);
        var (profiles, floatCalibration) = new RangeProfiler().Profile(graph, calibration);
        var floatValidation = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, validation.Flatten(), validation.Count).Outputs;
        var knobs = new KnobBuilder(settings).Build(graph, profiles);
        var evaluator = new CandidateEvaluator(model, baseConfig, knobs, settings.Target);
        _log.Information("{Knobs} knobs: {Names}", knobs.Count, string.Join(", ", knobs));

        var before = Totals(evaluator, baseDesign, calibration, floatCalibration, validation, floatValidation);
        var start = knobs.Select(k => k.StartLevel).ToArray();
        var startDesign = evaluator.Design(start);
        var startEval = evaluator.Evaluate(startDesign, calibration, floatCalibration);
        var target = settings.Target;
        var searchTarget = target.ForSearch(startEval.Metric, startEval.Overflows, settings.Margin);
        if (searchTarget != target.Tightened(settings.Margin))
        {
            _log.Information("The widest types give {Metric} on calibration: the margin holds back {Margin} of the slack from there, searching with {Search} (instead of {Full})",
                startEval.Metric, settings.Margin, searchTarget, target.Tightened(settings.Margin));
        }
        int[] levels;
        bool reachable = searchTarget.IsMet(startEval.Metric) && startEval.Overflows == 0;
        if (!reachable)
        {
            _log.Warning("The start configuration (every type at its widest) gives {Metric} on calibration with {Overflows} overflows: the target {Target} (searched as {Search}) is out of reach",
                startEval.Metric, startEval.Overflows, target, searchTarget);
            levels = start;
        }
        else
        {
            levels = Descend(evaluator, knobs, start, Order(evaluator, knobs, start, settings.Cost, parallelism), calibration, floatCalibration, searchTarget, parallelism);
        }

        var tunedConfig = evaluator.Config(levels);
        var tunedDesign = model.Configure(tunedConfig);
        var after = Totals(evaluator, tunedDesign, calibration, floatCalibration, validation, floatValidation);
        var layers = Layers(evaluator, knobs, profiles, tunedDesign, levels, start, validation, floatValidation, parallelism);
        var shortfall = target.Shortfall(after.ValidationMetric);
        var outcome = target.IsMet(after.ValidationMetric) && after.CalibrationOverflows == 0 ? SearchOutcome.Met
            : !reachable ? SearchOutcome.Unreachable
            : SearchOutcome.MissedOnValidation;
        clock.Stop();
        return new PrecisionSearchReport
        {
            Model = model.ModelPath,
            Target = target.ToString(),
            Cost = settings.Cost.ToString().ToLowerInvariant(),
            Calibration = calibration.Source,
            Validation = settings.Validation is null ? $"{calibration.Source} (no validation set given: the calibration set)" : validation.Source,
            Outcome = outcome,
            Shortfall = shortfall,
            Summary = Summary(outcome, target, searchTarget, after, startEval),
            Layers = layers,
            Before = before,
            After = after,
            Knobs = knobs.Count,
            Evaluations = evaluator.Evaluations,
            Parallelism = parallelism,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
            Yaml = new EffectiveConfigWriter().Write(tunedConfig, tunedDesign.Graph),
        };
    }

    /// <summary>Knob indexes, largest cost saving first (each knob alone at its lowest level), ties in knob order.</summary>
    private static IReadOnlyList<int> Order(CandidateEvaluator evaluator, IReadOnlyList<PrecisionKnob> knobs, int[] start, CostMetric metric, int parallelism)
    {
        var startCost = evaluator.Cost(start).Key(metric);
        var savings = new (long, long, long)[knobs.Count];
        Parallel.For(0, knobs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, k =>
        {
            var levels = (int[])start.Clone();
            levels[k] = knobs[k].MinLevel;
            var c = evaluator.TryCost(levels)?.Key(metric) ?? startCost; // an invalid lowest level saves nothing
            savings[k] = (startCost.Item1 - c.Item1, startCost.Item2 - c.Item2, startCost.Item3 - c.Item3);
        });
        return Enumerable.Range(0, knobs.Count).OrderByDescending(k => savings[k]).ThenBy(k => k).ToList();
    }

    /// <summary>
    /// The three phases of the descent: (1) each knob's floor, its lowest passing level with every other knob at the
    /// start (the knobs searched in parallel); (2) the smallest uniform margin δ such that every knob at
    /// min(start, floor + δ) passes; (3) for each knob in <paramref name="order"/>, its lowest passing level between its
    /// floor and its current level, the others as found so far.
    /// </summary>
    private int[] Descend(CandidateEvaluator evaluator, IReadOnlyList<PrecisionKnob> knobs, int[] start, IReadOnlyList<int> order,
        SampleSet samples, IReadOnlyList<double[]> reference, PrecisionTarget target, int parallelism)
    {
        bool Passes(int[] levels)
        {
            var e = evaluator.TryEvaluate(levels, samples, reference);
            return e is not null && target.IsMet(e.Metric) && e.Overflows == 0;
        }
        int[] With(int[] levels, int k, int level)
        {
            var c = (int[])levels.Clone();
            c[k] = level;
            return c;
        }

        var floors = new int[knobs.Count];
        Parallel.For(0, knobs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            k => floors[k] = LevelSearch.Lowest(knobs[k].MinLevel, start[k], level => Passes(With(start, k, level)), 1));
        _log.Information("Floors (each knob alone): {Floors}", string.Join(", ", knobs.Select((kn, k) => $"{kn}={kn.Describe(floors[k])}")));

        int[] AtMargin(int delta) => Enumerable.Range(0, knobs.Count).Select(k => Math.Min(start[k], floors[k] + delta)).ToArray();
        var maxDelta = Enumerable.Range(0, knobs.Count).Select(k => start[k] - floors[k]).DefaultIfEmpty(0).Max();
        var margin = LevelSearch.Lowest(0, maxDelta, delta => Passes(AtMargin(delta)), parallelism);
        _log.Information("Uniform margin over the floors: {Margin} bit(s)", margin);

        var levels = AtMargin(margin);
        foreach (var k in order)
        {
            var current = levels;
            levels[k] = LevelSearch.Lowest(floors[k], levels[k], level => Passes(With(current, k, level)), parallelism);
            _log.Debug("{Knob}: {Type}", knobs[k], knobs[k].Describe(levels[k]));
        }
        return levels;
    }

    private static SearchTotals Totals(CandidateEvaluator evaluator, HlsDesign design, SampleSet calibration, IReadOnlyList<double[]> floatCalibration,
        SampleSet validation, IReadOnlyList<double[]> floatValidation)
    {
        var cal = evaluator.Evaluate(design, calibration, floatCalibration);
        var val = evaluator.Evaluate(design, validation, floatValidation);
        return new SearchTotals(evaluator.Cost(design), cal.Metric, val.Metric, cal.Overflows, val.Overflows);
    }

    private static IReadOnlyList<LayerTuning> Layers(CandidateEvaluator evaluator, IReadOnlyList<PrecisionKnob> knobs,
        IReadOnlyDictionary<string, LayerProfile> profiles, HlsDesign tuned, int[] levels, int[] start,
        SampleSet validation, IReadOnlyList<double[]> floatValidation, int parallelism)
    {
        var graph = tuned.Graph;
        var run = tuned.Emulate(validation);
        var names = graph.Inputs.Select(i => i.Name).Concat(graph.Nodes.Select(n => n.Name)).ToList();
        var overflows = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Inputs.Count; i++) overflows[graph.Inputs[i].Name] = run.InputOverflow[i].Overflows;
        foreach (var node in graph.Nodes) overflows[node.Name] = run.Overflow.TryGetValue(node, out var c) ? c.Overflows : 0;
        var contribution = new double?[names.Count];
        Parallel.For(0, names.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            var mine = Enumerable.Range(0, knobs.Count).Where(k => knobs[k].Layer == names[i]).ToList();
            if (mine.Count == 0) return;
            var only = (int[])start.Clone();
            foreach (var k in mine) only[k] = levels[k];
            contribution[i] = evaluator.TryEvaluate(only, validation, floatValidation)?.Metric;
        });
        var rows = new List<LayerTuning>();
        for (var i = 0; i < names.Count; i++)
        {
            var name = names[i];
            var profile = profiles[name];
            var types = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (i < graph.Inputs.Count)
            {
                types["result"] = graph.Inputs[i].Type?.ToString() ?? "";
            }
            else
            {
                var node = graph.Nodes[i - graph.Inputs.Count];
                if (node.Outputs.Count == 1 && node.Output.Type is { } r) types["result"] = r.ToString();
                foreach (var (slot, type) in node.Precision.Slots) types[slot.Name] = type.ToString();
                if (node.Op.Traits.PrecisionSlots.Any(u => u.Slot.IsTable)) types["TableSize"] = node.Precision.TableSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            rows.Add(new LayerTuning(name, profile.Op, profile.Result, profile.Channels, types, overflows.GetValueOrDefault(name), contribution[i]));
        }
        return rows;
    }

    private static string Summary(SearchOutcome outcome, PrecisionTarget target, PrecisionTarget searchTarget, SearchTotals after, CandidateEvaluation start) => outcome switch
    {
        SearchOutcome.Met => FormattableString.Invariant($"target {target} met: {Fmt(after.ValidationMetric)} on validation, {Fmt(after.CalibrationMetric)} on calibration, no calibration overflow"),
        SearchOutcome.MissedOnValidation => FormattableString.Invariant(
            $"target {target} missed on validation by {Fmt(target.Shortfall(after.ValidationMetric))} ({Fmt(after.ValidationMetric)}; calibration {Fmt(after.CalibrationMetric)}, {after.CalibrationOverflows} calibration overflows)"),
        _ => FormattableString.Invariant(
            $"target {target} out of reach: even the widest types give {Fmt(start.Metric)} on calibration ({start.Overflows} overflows), missing the searched target {searchTarget} by {Fmt(searchTarget.Shortfall(start.Metric))}"),
    };

    private static string Fmt(double v) => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture);
}
