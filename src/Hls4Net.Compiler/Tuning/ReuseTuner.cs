using System.Diagnostics;
using System.Globalization;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Estimation;
using Hls4Net.Estimation.Budgets;
using Hls4Net.Ops;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Tuning;

/// <summary>
/// <c>hls4net optimize reuse</c> (docs/optimizer.md): chooses per Dense and convolution layer a strategy and a reuse
/// factor among the values the C++ accepts (<see cref="ReuseCandidates"/>) for the lowest estimated latency within a
/// resource budget, or the fewest resources within a latency budget. Every choice of every layer is costed by the
/// estimator on a configured design (choice i of every layer in design i, since a layer's estimate depends only on its
/// own settings), the dominated choices are dropped, <see cref="ReuseSelector"/> picks one per layer, and the tuned
/// configuration is configured and estimated again as a whole: its verdict is the report's.
/// </summary>
public sealed class ReuseTuner
{
    private readonly ILogger _log;
    private readonly FpgaPartCatalog _catalog = new();
    private readonly ResourceEstimator _estimator = new(StandardOps.Create().CostRules());

    public ReuseTuner(ILogger? log = null) => _log = log ?? Logger.None;

    /// <summary>Tune <paramref name="model"/> from <paramref name="baseConfig"/> (not changed; precisions, part, io type, ... are kept).</summary>
    public ReuseTuningReport Run(HlsModel model, ProjectConfig baseConfig, ReuseTuningSettings settings)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(baseConfig);
        ArgumentNullException.ThrowIfNull(settings);
        var clock = Stopwatch.StartNew();
        var copy = new ConfigCopy(baseConfig, "<reuse tuning>");
        var baseDesign = model.Configure(copy.Create());
        var baseEstimate = Estimate(baseDesign);
        var before = baseEstimate.Budget(settings.Budget); // validates percentages against the part before any work
        var layers = new ReuseCandidates().Of(baseDesign.Graph);
        _log.Information("{Count} tunable layers: {Layers}", layers.Count,
            string.Join(", ", layers.Select(l => FormattableString.Invariant($"{l.Name} ({l.NIn}x{l.NOut}, {l.Choices.Count / 2} reuse factors)"))));

        var costs = CostChoices(model, copy, layers, settings.Parallelism, out var evaluations);
        var pruned = costs.Select(Pareto).ToList();
        var tunable = layers.Select(l => l.Name).ToHashSet(StringComparer.Ordinal);
        var fixedLayers = baseEstimate.Estimate.Layers.Where(l => !tunable.Contains(l.Layer)).ToList();
        var stream = baseConfig.IoType == IoType.IoStream;
        var fixedResources = fixedLayers.Aggregate(ResourceCost.Zero, (a, l) => a + l.Resources);
        var fixedFill = fixedLayers.Sum(l => stream ? Math.Max(0, l.LatencyCycles - l.Ii + 1) : l.LatencyCycles);
        var fixedIi = fixedLayers.Select(l => l.Ii).DefaultIfEmpty(1).Max();
        var limits = Limits(settings.Budget, baseEstimate.Estimate);
        var selector = new ReuseSelector(limits, settings.Objective, stream);
        var (best, _) = selector.Select(pruned, fixedResources, fixedFill, fixedIi);
        var picks = best.Picks.Select((p, i) => pruned[i][p].Choice).ToList();

        var tunedConfig = copy.Create();
        for (var i = 0; i < layers.Count; i++) Apply(tunedConfig, layers[i].Name, picks[i]);
        var tunedDesign = model.Configure(tunedConfig);
        var tuned = Estimate(tunedDesign);
        var verdict = tuned.Budget(settings.Budget);
        evaluations += 2;
        var rows = layers.Select((l, i) => Row(l, picks[i], tuned.Estimate)).ToList();
        var dominant = verdict.Fits ? [] : Dominant(verdict, tuned.Estimate, layers, costs);
        clock.Stop();
        return new ReuseTuningReport
        {
            Model = model.ModelPath,
            Objective = settings.Objective.ToString().ToLowerInvariant(),
            Budgets = verdict.Checks.Where(c => c.Limit is not null && !c.LimitText.EndsWith("on the part", StringComparison.Ordinal)).Select(c => $"{c.Resource} <= {c.LimitText}").ToList(),
            Fits = verdict.Fits,
            Summary = Summary(verdict, tuned.Estimate, settings.Objective, layers.Count),
            Dominant = dominant,
            Layers = rows,
            Before = TuningTotals.Of(baseEstimate.Estimate),
            After = TuningTotals.Of(tuned.Estimate),
            Checks = verdict.Checks,
            Evaluations = evaluations,
            ElapsedSeconds = clock.Elapsed.TotalSeconds,
            Yaml = new EffectiveConfigWriter().Write(tunedConfig, tunedDesign.Graph),
        };
    }

    /// <summary>Set <paramref name="choice"/> on layer <paramref name="name"/> of <paramref name="config"/>.</summary>
    public static void Apply(ProjectConfig config, string name, ReuseChoice choice)
    {
        var entry = config.Hls.GetOrAddLayer(name);
        entry.Strategy = choice.Strategy;
        entry.ReuseFactor = choice.ReuseFactor;
    }

    private sealed record Estimated(DesignEstimate Estimate)
    {
        public BudgetVerdict Budget(EstimateBudget budget)
        {
            try
            {
                return budget.Check(Estimate);
            }
            catch (EstimationException e)
            {
                throw new UsageException(e.Message);
            }
        }
    }

    private Estimated Estimate(HlsDesign design) => new(_estimator.Estimate(design.Graph, design.Config, _catalog));

    /// <summary>The estimate of every choice of every layer: design i gives every layer its choice i (or its last).</summary>
    private List<List<ChoiceCost>> CostChoices(HlsModel model, ConfigCopy copy, IReadOnlyList<TunableLayer> layers, int parallelism, out int evaluations)
    {
        var rounds = layers.Select(l => l.Choices.Count).DefaultIfEmpty(0).Max();
        var results = new DesignEstimate[rounds];
        Parallel.For(0, rounds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var config = copy.Create();
            foreach (var layer in layers) Apply(config, layer.Name, layer.Choices[Math.Min(i, layer.Choices.Count - 1)]);
            results[i] = Estimate(model.Configure(config)).Estimate;
        });
        evaluations = rounds + 1;
        return layers.Select(layer => layer.Choices.Select((choice, i) =>
        {
            var e = results[i].Layers.First(l => l.Layer == layer.Name);
            return new ChoiceCost(choice, e.Resources, e.LatencyCycles, e.Ii);
        }).ToList()).ToList();
    }

    /// <summary>The choices no other choice of the layer matches or beats on every figure (the first of equals kept).</summary>
    private static IReadOnlyList<ChoiceCost> Pareto(List<ChoiceCost> costs)
    {
        static bool Covers(ChoiceCost a, ChoiceCost b) =>
            a.LatencyCycles <= b.LatencyCycles && a.Ii <= b.Ii && a.Resources.Dsp <= b.Resources.Dsp && a.Resources.Lut <= b.Resources.Lut
            && a.Resources.Ff <= b.Resources.Ff && a.Resources.Bram18K <= b.Resources.Bram18K && a.Resources.Uram <= b.Resources.Uram;
        return costs.Where((c, i) => !costs.Where((o, j) => j != i && Covers(o, c) && (j < i || !Covers(c, o))).Any()).ToList();
    }

    private static ReuseLimits Limits(EstimateBudget budget, DesignEstimate estimate)
    {
        var d = estimate.Device;
        double? Count(ResourceLimit? limit, int? available) => limit?.Count(available);
        double? latency = budget.Latency is null ? null : budget.Latency.InCycles ? budget.Latency.Value : budget.Latency.Value / estimate.ClockPeriodNs;
        // Without a known part the score weighs the resources as on an xcvu9p.
        return new ReuseLimits(Count(budget.Dsp, d?.Dsp), Count(budget.Lut, d?.Lut), Count(budget.Ff, d?.Ff), Count(budget.Bram, d?.Bram18K), latency,
            1.0 / (d?.Dsp ?? 6840), 1.0 / (d?.Lut ?? 1182240), 1.0 / (d?.Ff ?? 2364480), 1.0 / (d?.Bram18K ?? 4320));
    }

    private static LayerReuse Row(TunableLayer layer, ReuseChoice choice, DesignEstimate estimate)
    {
        var e = estimate.Layers.First(l => l.Layer == layer.Name);
        var factors = layer.Choices.Where(c => c.Strategy == Strategy.Latency).Select(c => c.ReuseFactor).ToList();
        return new LayerReuse(layer.Name, layer.Op, layer.NIn, layer.NOut, factors, choice.Strategy.ToString(), choice.ReuseFactor,
            e.Resources.Dsp, e.Resources.Lut, e.Resources.Ff, e.Resources.Bram18K, e.LatencyCycles, e.Ii);
    }

    private static List<string> Dominant(BudgetVerdict verdict, DesignEstimate estimate, IReadOnlyList<TunableLayer> layers, List<List<ChoiceCost>> costs)
    {
        var lines = new List<string>();
        foreach (var check in verdict.Violations)
        {
            Func<ResourceCost, long>? pick = check.Resource switch
            {
                "DSP" => r => r.Dsp,
                "LUT" => r => r.Lut,
                "FF" => r => r.Ff,
                "BRAM_18K" => r => r.Bram18K,
                "URAM" => r => r.Uram,
                _ => null,
            };
            if (pick is null)
            {
                var slow = estimate.Layers.MaxBy(l => l.LatencyCycles)!;
                lines.Add(Inv($"latency {check.Estimate:0.##} > {check.LimitText}: the slowest layer is {slow.Layer} ({slow.LatencyCycles} cycles)"));
                continue;
            }
            var top = estimate.Layers.MaxBy(l => pick(l.Resources))!;
            var index = layers.ToList().FindIndex(l => l.Name == top.Layer);
            var floor = index < 0 ? "it is not tunable" : Inv($"at least {costs[index].Min(c => pick(c.Resources))} with any valid choice");
            lines.Add(Inv($"{check.Resource} {check.Estimate:0} > {check.LimitText}: dominated by {top.Layer} ({top.Op}, {pick(top.Resources)} of {check.Estimate:0}; {floor})"));
        }
        return lines;
    }

    private static string Summary(BudgetVerdict verdict, DesignEstimate e, ReuseObjective objective, int tunable)
    {
        var figures = Inv($"{e.Total.Dsp} DSP, {e.Total.Lut} LUT, {e.Total.Ff} FF, {e.Total.Bram18K} BRAM_18K, latency {e.LatencyCycles} cycles ({e.LatencyNs:0.##} ns), II {e.Ii}");
        if (tunable == 0) return (verdict.Fits ? "no tunable layer; the design fits: " : "no tunable layer, and the design does not fit: ") + figures;
        if (verdict.Fits) return $"within budget, {(objective == ReuseObjective.Latency ? "lowest latency" : "fewest resources")}: {figures}";
        var missed = string.Join(", ", verdict.Violations.Select(v => Inv($"{v.Resource} {v.Estimate:0.##} > {v.LimitText}")));
        return $"no choice meets the budget; the closest: {figures} ({missed})";
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
