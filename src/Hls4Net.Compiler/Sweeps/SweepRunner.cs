using System.Diagnostics;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Float;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.Tuning;
using Serilog;
using Serilog.Core;

namespace Hls4Net.Sweeps;

/// <summary>
/// <c>hls4net sweep</c> (docs/sweep.md): configures the model once per grid point (<see cref="HlsModel.Configure"/>),
/// emulates it bit-accurately on the samples and measures it against the float reference with the precision search's
/// metrics (<c>PrecisionTarget.Measure</c>), costs it with the estimator (<see cref="DesignCost"/>), optionally
/// C-simulates it, and marks the accuracy-vs-DSP, -LUT and -latency Pareto fronts. Points run in parallel; the result
/// depends only on the inputs.
/// </summary>
public sealed class SweepRunner
{
    private readonly ILogger _log;
    private readonly FpgaPartCatalog _catalog = new();
    private readonly ResourceEstimator _estimator = new(StandardOps.Create().CostRules());

    public SweepRunner(ILogger? log = null) => _log = log ?? Logger.None;

    /// <summary>Evaluate every point of <paramref name="grid"/> on top of <paramref name="baseConfig"/> (not changed).</summary>
    public SweepReport Run(HlsModel model, ProjectConfig baseConfig, SweepGrid grid, SweepSettings settings, IProgress<SweepProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(settings);
        var copy = new ConfigCopy(baseConfig, "<sweep>");
        var graph = model.Configure(copy.Create()).Graph;
        if (graph.Inputs.Count != 1) throw new UsageException($"the model has {graph.Inputs.Count} inputs; a sweep feeds single-input models only");
        var samples = settings.Samples;
        if (samples.Count == 0) throw new InputDataException("the sweep needs at least one sample");
        samples.ExpectWidth(graph.Inputs[0].Shape.Size, $"model input '{graph.Inputs[0].Name}'");
        var reference = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), samples.Count).Outputs;
        var sizes = graph.Outputs.Select(o => o.Shape.Size).ToList();
        var classifier = sizes.Any(s => s > 1);
        var metric = settings.Metric ?? (classifier ? TargetMetric.Argmax : TargetMetric.RelRmse);
        if (metric == TargetMetric.Argmax && !classifier) throw new UsageException("--metric argmax needs a classifier output (more than one value); use max-abs or rel-rmse");
        var csimSamples = new SampleSet(samples.Rows.Take(settings.CsimSamples).ToList(), samples.Source);

        var points = grid.Points();
        var results = new SweepResult[points.Count];
        var clock = Stopwatch.StartNew();
        var done = 0;
        progress?.Report(new SweepProgress(0, points.Count, TimeSpan.Zero));
        Parallel.For(0, points.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.Parallelism) }, i =>
        {
            results[i] = Evaluate(model, copy, points[i], samples, reference, sizes, classifier, settings.Csim ? csimSamples : null);
            var n = Interlocked.Increment(ref done);
            progress?.Report(new SweepProgress(n, points.Count, clock.Elapsed));
        });
        var invalid = results.Count(r => r.Status != "ok");
        if (invalid > 0) _log.Warning("{Invalid} of {Total} points are not valid designs (see their error column)", invalid, points.Count);
        return new SweepReport
        {
            Model = model.ModelPath,
            Weights = model.WeightsPath,
            Metric = MetricName(metric),
            Samples = $"{samples.Source} ({samples.Count} samples)",
            Precisions = grid.Precisions,
            ReuseFactors = grid.ReuseFactors,
            Strategies = grid.Strategies,
            Points = MarkFronts(results, metric),
        };
    }

    /// <summary>The command-line name of a metric.</summary>
    public static string MetricName(TargetMetric metric) => metric switch
    {
        TargetMetric.Argmax => "argmax",
        TargetMetric.MaxAbs => "max-abs",
        _ => "rel-rmse",
    };

    /// <summary>The metric value of <paramref name="r"/> that <paramref name="metric"/> names.</summary>
    public static double? Accuracy(SweepResult r, string metric) => metric switch
    {
        "argmax" => r.Argmax,
        "max-abs" => r.MaxAbs,
        _ => r.RelRmse,
    };

    /// <summary><paramref name="results"/> with the three Pareto flags set (valid points with the metric only).</summary>
    public static IReadOnlyList<SweepResult> MarkFronts(IReadOnlyList<SweepResult> results, TargetMetric metric)
    {
        var name = MetricName(metric);
        var higher = metric == TargetMetric.Argmax;
        var ok = results.Where(r => r.Status == "ok" && Accuracy(r, name) is not null).ToList();
        IReadOnlySet<string> Front(Func<SweepResult, double?> cost) =>
            ParetoFront.Of(ok.Where(r => cost(r) is not null).Select(r => (r.Id, cost(r)!.Value, Accuracy(r, name)!.Value)).ToList(), higher);
        var dsp = Front(r => r.Dsp);
        var lut = Front(r => r.Lut);
        var latency = Front(r => r.LatencyNs);
        return results.Select(r => r with { ParetoDsp = dsp.Contains(r.Id), ParetoLut = lut.Contains(r.Id), ParetoLatency = latency.Contains(r.Id) }).ToList();
    }

    private SweepResult Evaluate(HlsModel model, ConfigCopy copy, SweepPoint point, SampleSet samples, IReadOnlyList<double[]> reference,
        IReadOnlyList<int> sizes, bool classifier, SampleSet? csim)
    {
        var result = new SweepResult { Id = point.Id, Precision = point.Precision, ReuseFactor = point.ReuseFactor, Strategy = point.Strategy };
        HlsDesign design;
        try
        {
            design = model.Configure(PointConfig(copy.Create(), point));
        }
        catch (Hls4NetException e) when (CandidateEvaluator.IsInfeasible(e))
        {
            return result with { Status = "invalid", Error = e.Message };
        }
        var run = design.Emulate(samples);
        var outputs = run.Outputs.Select(o => o.ToDoubles()).ToList();
        double Measure(TargetMetric m) => new PrecisionTarget(m, 0).Measure(outputs, reference, sizes);
        var estimate = _estimator.Estimate(design.Graph, design.Config, _catalog);
        var cost = DesignCost.Of(design.Graph, estimate);
        bool? bitExact = csim is null ? null : design.Csim(csim).Report.AllBitExact;
        return result with
        {
            Argmax = classifier ? Measure(TargetMetric.Argmax) : null,
            MaxAbs = Measure(TargetMetric.MaxAbs),
            RelRmse = Measure(TargetMetric.RelRmse),
            Overflows = run.Overflow.Values.Sum(c => c.Overflows) + run.InputOverflow.Sum(c => c.Overflows),
            Dsp = cost.Dsp,
            Lut = cost.Lut,
            Ff = cost.Ff,
            Bram18K = cost.Bram18K,
            LatencyCycles = cost.LatencyCycles,
            LatencyNs = cost.LatencyNs,
            Ii = estimate.Ii,
            BitExact = bitExact,
        };
    }

    /// <summary>The config of <paramref name="point"/>: <paramref name="config"/> with the point's Model-level precision, reuse factor and strategy.</summary>
    public static ProjectConfig PointConfig(ProjectConfig config, SweepPoint point)
    {
        config.Hls.Model.SetDefaultPrecision(FixedType.Parse(point.Precision));
        config.Hls.Model.ReuseFactor = point.ReuseFactor;
        StrategyNames.TryParse(point.Strategy, out var strategy);
        config.Hls.Model.Strategy = strategy;
        return config;
    }
}
