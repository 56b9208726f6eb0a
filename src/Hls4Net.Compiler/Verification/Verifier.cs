using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Serilog;

namespace Hls4Net.Verification;

/// <summary>
/// Runs <c>hls4net verify</c> on a design: runs the emulator and the float reference on the same samples,
/// optionally the C simulation and a per-layer trace, and gathers every figure into a <see cref="VerifyReport"/>.
/// </summary>
public sealed class Verifier
{
    private readonly ILogger _log;

    public Verifier(ILogger log) => _log = log;

    public VerifyReport Run(HlsDesign compiled, VerifySettings settings)
    {
        var graph = compiled.Graph;
        var samples = Samples(settings, graph);
        // --trace wins; without it, the layers with hls4ml's Trace: true in the config are traced.
        var traceNodes = settings.Trace is null ? ConfigTrace.Nodes(graph, compiled.Config.Hls) : TraceNodes(graph, settings.Trace);
        if (settings.Tolerance is not null && settings.ToleranceOn == ToleranceMode.Argmax && graph.Outputs.All(o => o.Shape.Size < 2))
        {
            throw new VerifyException("--tolerance-on argmax needs a classifier output (more than one value); this model's outputs have one value each");
        }

        _log.Information("Emulating {Samples} samples in fixed point...", samples.Count);
        var emulated = compiled.Emulate(samples, trace: traceNodes.Count > 0);
        var reference = FloatReference.For(compiled, _log, settings.FloatReference);
        _log.Information("Running the float reference...");
        var floatRun = reference.Run(samples, traceNodes);
        _log.Information("Float reference: {Reference:l}", reference.Description);

        var outputs = graph.Outputs.Select((o, k) => ErrorStatistics.Compare(o.Name, o.Shape.Size, emulated.Outputs[k].ToDoubles(), floatRun.Outputs[k])).ToList();
        BitExactReport? csim = null;
        if (settings.Csim)
        {
            var comparison = new CsimCheck(_log).Run(compiled, samples, emulated, settings.KeepProject, settings.Force);
            csim = comparison.Report;
            outputs = outputs.Select((o, k) => o with { BitExactSamples = comparison.PerOutput[k] }).ToList();
        }
        var trace = traceNodes.Count == 0 ? [] : new TraceWriter(settings.TraceDir).Write(traceNodes, emulated.Trace!, floatRun);
        return new VerifyReport
        {
            Model = compiled.ModelPath,
            FloatReference = reference.Description,
            Inputs = samples.Source,
            Samples = samples.Count,
            Outputs = outputs,
            Layers = OverflowSummary.Build(graph, emulated),
            Csim = csim,
            Trace = trace,
            Tolerance = settings.Tolerance,
            ToleranceOn = settings.ToleranceOn == ToleranceMode.Argmax ? "argmax" : "max-abs",
            Verdict = DecisiveArgmaxFloor.Apply(VerifyVerdict.Evaluate(outputs, csim, settings.Tolerance, settings.ToleranceOn),
                settings.Tolerance, emulated.Outputs, floatRun.Outputs, graph.Outputs.Select(o => o.Name).ToList()),
        };
    }

    private static SampleSet Samples(VerifySettings settings, Graph graph)
    {
        if (graph.Inputs.Count != 1) throw new InputDataException($"the model has {graph.Inputs.Count} inputs; verify feeds single-input models only");
        var input = graph.Inputs[0];
        SampleSet samples;
        if (settings.InputPath is not null) samples = new SampleSetReader().Read(settings.InputPath);
        else if (settings.Samples <= 0) throw new UsageException($"--samples must be positive, got {settings.Samples}");
        else samples = SampleSet.Random(settings.Samples, input.Shape.Size, settings.Seed);
        if (samples.Count == 0) throw new InputDataException($"{samples.Source}: no samples");
        samples.ExpectWidth(input.Shape.Size, $"model input '{input.Name}' (shape {input.Shape})");
        return samples;
    }

    /// <summary>The nodes to trace: every node for "all", else those whose node or output name is <paramref name="trace"/>.</summary>
    private static IReadOnlyList<Node> TraceNodes(Graph graph, string? trace)
    {
        if (trace is null) return [];
        if (trace.Equals("all", StringComparison.OrdinalIgnoreCase)) return graph.Nodes.ToList();
        var nodes = graph.Nodes.Where(n => n.Name == trace || n.Output.Name == trace).ToList();
        if (nodes.Count > 0) return nodes;
        var names = string.Join(", ", graph.Nodes.Select(n => n.Name).Take(12)) + (graph.Nodes.Count > 12 ? ", ..." : "");
        throw new VerifyException($"--trace: no layer named '{trace}' (layers: {names}; or use 'all')");
    }
}
