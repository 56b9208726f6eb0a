using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Serilog.Core;

namespace Hls4Net.Optimization;

/// <summary>
/// Turns a vector of knob levels into a configuration (the base config, copied from its YAML, plus one LayerName
/// setting per knob), a design (<see cref="HlsModel.Configure"/>), its bit-accurate emulation judged against the float
/// reference, and its estimated cost. Thread-safe: every call builds its own config, design and estimator.
/// </summary>
public sealed class CandidateEvaluator
{
    private readonly HlsModel _model;
    private readonly string _baseYaml;
    private readonly IReadOnlyList<PrecisionKnob> _knobs;
    private readonly PrecisionTarget _target;
    private readonly FpgaPartCatalog _catalog = new();
    private int _evaluations;

    public CandidateEvaluator(HlsModel model, ProjectConfig baseConfig, IReadOnlyList<PrecisionKnob> knobs, PrecisionTarget target)
    {
        _model = model;
        _baseYaml = new EffectiveConfigWriter().Write(baseConfig);
        _knobs = knobs;
        _target = target;
    }

    /// <summary>How many candidates were emulated so far.</summary>
    public int Evaluations => _evaluations;

    /// <summary>A fresh copy of the base config with every knob at its level (<paramref name="levels"/>[k] for knob k).</summary>
    public ProjectConfig Config(IReadOnlyList<int> levels)
    {
        var config = new ProjectConfigLoader(Logger.None).LoadYaml(_baseYaml, "<precision search>");
        for (var k = 0; k < _knobs.Count; k++) _knobs[k].Apply(config, levels[k]);
        return config;
    }

    /// <summary>The design for <paramref name="levels"/>.</summary>
    public HlsDesign Design(IReadOnlyList<int> levels) => _model.Configure(Config(levels));

    /// <summary>Emulate <paramref name="levels"/> on <paramref name="samples"/> and judge it against <paramref name="reference"/>.</summary>
    public CandidateEvaluation Evaluate(IReadOnlyList<int> levels, SampleSet samples, IReadOnlyList<double[]> reference) =>
        Evaluate(Design(levels), samples, reference);

    /// <summary>Emulate <paramref name="design"/> on <paramref name="samples"/> and judge it against <paramref name="reference"/>.</summary>
    public CandidateEvaluation Evaluate(HlsDesign design, SampleSet samples, IReadOnlyList<double[]> reference)
    {
        Interlocked.Increment(ref _evaluations);
        var result = design.Emulate(samples);
        var outputs = result.Outputs.Select(o => o.ToDoubles()).ToList();
        var metric = _target.Measure(outputs, reference, design.Graph.Outputs.Select(o => o.Shape.Size).ToList());
        var overflows = result.Overflow.Values.Sum(c => c.Overflows) + result.InputOverflow.Sum(c => c.Overflows);
        return new CandidateEvaluation(metric, overflows);
    }

    /// <summary>The estimated cost of <paramref name="design"/>.</summary>
    public DesignCost Cost(HlsDesign design) =>
        DesignCost.Of(design.Graph, new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, _catalog));

    /// <summary>The estimated cost of <paramref name="levels"/> (no emulation).</summary>
    public DesignCost Cost(IReadOnlyList<int> levels) => Cost(Design(levels));

    /// <summary>
    /// <see cref="Evaluate(IReadOnlyList{int}, SampleSet, IReadOnlyList{double[]})"/>, or null when the candidate is not a
    /// valid design (<see cref="IsInfeasible"/>: e.g. a table too large for the type that indexes it).
    /// </summary>
    public CandidateEvaluation? TryEvaluate(IReadOnlyList<int> levels, SampleSet samples, IReadOnlyList<double[]> reference)
    {
        try
        {
            return Evaluate(levels, samples, reference);
        }
        catch (Hls4NetException e) when (IsInfeasible(e))
        {
            return null;
        }
    }

    /// <summary><see cref="Cost(IReadOnlyList{int})"/>, or null when the candidate is not a valid design.</summary>
    public DesignCost? TryCost(IReadOnlyList<int> levels)
    {
        try
        {
            return Cost(levels);
        }
        catch (Hls4NetException e) when (IsInfeasible(e))
        {
            return null;
        }
    }

    /// <summary>A configuration or precision error: the candidate's combination of types is refused, not a failure of the search.</summary>
    public static bool IsInfeasible(Hls4NetException e) =>
        e.Category is Hls4NetErrorCategory.Config or Hls4NetErrorCategory.Precision or Hls4NetErrorCategory.InvalidRequest;
}
