using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Passes;
using Hls4Net.Estimation;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Nas.Space;
using Hls4Net.Ops;
using Serilog.Core;

namespace Hls4Net.Nas.Search;

/// <summary>
/// Estimates an architecture at every hardware choice of the space with the resource estimator (docs/estimator.md),
/// no training and no synthesis, exactly as <c>hls4net estimate</c> would estimate the exported model with the
/// exported configuration: the network's ONNX bytes (<see cref="NasOnnxWriter"/>) are imported and run through the
/// structural passes once, then each choice configures a copy of the graph (<see cref="NasTarget.Config"/>, the
/// configuration passes) and is estimated and checked against the budgets.
/// </summary>
public sealed class NasHardwareFilter
{
    private readonly NasTarget _target;
    private readonly FpgaPartCatalog _catalog = new();
    private readonly ResourceEstimator _estimator = new(StandardOps.Create().CostRules());

    public NasHardwareFilter(NasTarget target) => _target = target;

    /// <summary>The imported graph of <paramref name="network"/> after the structural passes (what <see cref="HlsModel.Load"/> makes of the ONNX file).</summary>
    public static Graph Import(FloatNetwork network, string name)
    {
        var graph = new OnnxImporter().Import(NasOnnxWriter.Serialize(network, name), name + ".onnx");
        DefaultPipeline.Structural().Run(graph, new PassContext(new ProjectConfig(), Logger.None));
        return graph;
    }

    /// <summary>The estimate of <paramref name="graph"/> (from <see cref="Import"/>, not changed) at each of <paramref name="choices"/>.</summary>
    public IReadOnlyList<NasChoiceEstimate> EstimateAll(Graph graph, IReadOnlyList<HardwareChoice> choices)
    {
        var configuration = DefaultPipeline.Configuration();
        var results = new NasChoiceEstimate[choices.Count];
        for (var i = 0; i < choices.Count; i++) results[i] = Estimate(graph, choices[i], configuration);
        return results;
    }

    private NasChoiceEstimate Estimate(Graph graph, HardwareChoice choice, Pipeline configuration)
    {
        var config = _target.Config(choice);
        var copy = graph.Clone();
        DesignEstimate estimate;
        try
        {
            configuration.Run(copy, new PassContext(config, Logger.None), "structural passes");
            estimate = _estimator.Estimate(copy, config, _catalog);
        }
        catch (Hls4NetException e) when (Optimization.CandidateEvaluator.IsInfeasible(e))
        {
            return new NasChoiceEstimate(choice, false, 0, 0, 0, 0, 0, 0, 0, 0, [], e.Message);
        }
        var verdict = _target.Budget.Check(estimate);
        var violations = verdict.Violations.Select(c => new NasViolation(c.Resource, c.Estimate, c.Limit ?? 0, c.LimitText)).ToList();
        var t = estimate.Total;
        var u = estimate.Device;
        var score = u is null ? 0 : Share(t.Dsp, u.Dsp) + Share(t.Lut, u.Lut) + Share(t.Ff, u.Ff) + Share(t.Bram18K, u.Bram18K);
        return new NasChoiceEstimate(choice, verdict.Fits, t.Dsp, t.Lut, t.Ff, t.Bram18K, t.Uram, estimate.LatencyCycles, estimate.LatencyNs, estimate.Ii, violations, null)
        {
            ResourceScore = score,
        };
    }

    private static double Share(long used, int available) => available > 0 ? (double)used / available : 0;

    /// <summary>
    /// The choice the search keeps for a feasible architecture: among the choices that meet every budget, the widest
    /// activation type, then the widest weight type (accuracy first), then the lowest latency, then the smallest share
    /// of the part, then the space's order. Null when none fits.
    /// </summary>
    public static NasChoiceEstimate? Pick(IReadOnlyList<NasChoiceEstimate> estimates) =>
        estimates.Select((e, i) => (e, i)).Where(x => x.e.Fits)
            .OrderByDescending(x => x.e.Choice.Precision.ActivationBits)
            .ThenByDescending(x => x.e.Choice.Precision.WeightBits)
            .ThenBy(x => x.e.LatencyCycles)
            .ThenBy(x => x.e.ResourceScore)
            .ThenBy(x => x.i)
            .Select(x => x.e).FirstOrDefault();

    /// <summary>
    /// For an architecture no choice fits, the closest miss: the configured choice with the fewest missed budgets, then
    /// the smallest worst overshoot (estimate / limit); null when every choice was refused by the configuration.
    /// </summary>
    public static NasChoiceEstimate? ClosestMiss(IReadOnlyList<NasChoiceEstimate> estimates) =>
        estimates.Select((e, i) => (e, i)).Where(x => x.e.Error is null)
            .OrderBy(x => x.e.Violations.Count)
            .ThenBy(x => x.e.Violations.Count == 0 ? 0 : x.e.Violations.Max(v => v.Ratio))
            .ThenBy(x => x.i)
            .Select(x => x.e).FirstOrDefault();
}
