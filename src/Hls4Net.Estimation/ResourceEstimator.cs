using Hls4Net.Core.Config;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Estimation.Models;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation;

/// <summary>
/// Estimates the resources and latency of a compiled graph (after the passes) from its cost rules
/// (docs/estimator.md). io_parallel: layers run one after the other, latency is the sum and II the largest layer II.
/// io_stream: each layer's output FIFO is costed with it (<see cref="FifoMemory"/>), layers overlap in a dataflow, so
/// the II is that of the slowest layer and the latency the sum of the layers' fill depths plus that II.
/// </summary>
public sealed class ResourceEstimator
{
    private readonly OpHandlerSet<ICostRule> _rules;

    /// <summary>An estimator with <paramref name="rules"/>, one per op class (the op packages' cost rules, e.g. <c>StandardOps.Create().CostRules()</c>).</summary>
    public ResourceEstimator(OpHandlerSet<ICostRule> rules) => _rules = rules ?? throw new ArgumentNullException(nameof(rules));

    /// <summary>Estimate <paramref name="graph"/> under <paramref name="config"/> (part, clock, io type).</summary>
    public DesignEstimate Estimate(Graph graph, ProjectConfig config, FpgaPartCatalog catalog, EstimatorConstants? constants = null, TemplateFlavor flavor = TemplateFlavor.Hls4Net) =>
        Estimate(graph, EstimationContext.For(config, catalog, constants, flavor), config.Part);

    /// <summary>Estimate <paramref name="graph"/> in <paramref name="context"/>.</summary>
    public DesignEstimate Estimate(Graph graph, EstimationContext context, string part)
    {
        var layers = new List<LayerEstimate>(graph.Nodes.Count);
        foreach (var node in graph.Nodes)
        {
            if (!_rules.TryGet(node, out var rule))
            {
                throw new EstimationException($"layer '{node.Name}': no cost rule for op {node.Op.Kind} ({node.Op.GetType().Name})", Hls4NetErrorCategory.Model);
            }
            var estimate = rule.Estimate(node, context);
            if (context.IsStream && graph.Consumers(node.Output).Any()) estimate = WithFifo(estimate, node.Output, context);
            layers.Add(estimate);
        }
        if (!context.IsStream && graph.Inputs.Count > 0) layers.Insert(0, InputRegister(graph, context));
        var total = layers.Aggregate(ResourceCost.Zero, (a, l) => a + l.Resources);
        long latency, ii;
        string iiReason;
        if (layers.Count == 0)
        {
            (latency, ii, iiReason) = (0, 1, "empty graph");
        }
        else if (context.IsStream)
        {
            var slowest = layers.MaxBy(l => l.Ii)!;
            ii = Math.Max(1, slowest.Ii);
            latency = layers.Sum(l => Math.Max(0, l.LatencyCycles - l.Ii + 1)) + ii - 1;
            iiReason = $"dataflow: the slowest stage, {slowest.Layer} (II {slowest.Ii})";
        }
        else
        {
            var slowest = layers.MaxBy(l => l.Ii)!;
            ii = Math.Max(1, slowest.Ii);
            latency = layers.Sum(l => l.LatencyCycles);
            iiReason = ii == 1 ? "every layer fully pipelined" : $"the largest layer II, {slowest.Layer} (II {slowest.Ii})";
        }
        return new DesignEstimate(layers, total, latency, latency * context.ClockPeriodNs, ii, iiReason, part, context.Device,
            Utilization.Of(total, context.Device), context.ClockPeriodNs);
    }

    /// <summary>io_parallel: the top function registers its input ports (one FF per input bit).</summary>
    private static LayerEstimate InputRegister(Graph graph, EstimationContext context)
    {
        var bits = graph.Inputs.Sum(v => (long)v.Shape.Size * NodeFacts.Bits(v.Type));
        var ff = (long)Math.Round(bits * context.Constants.FfPerRegisteredBit);
        var what = string.Join(", ", graph.Inputs.Select(v => v.Name));
        return new LayerEstimate("(input ports)", "Input", new ResourceCost(0, 0, ff, 0, 0), 0, 1,
            new CostReasons("no multipliers", "no logic", $"input register: {bits} bits × {context.Constants.FfPerRegisteredBit:0.##}", "no memory", "no memory",
                $"{what}: registered at the port, no added cycle", "1"));
    }

    private static LayerEstimate WithFifo(LayerEstimate estimate, Value output, EstimationContext context)
    {
        var width = NodeFacts.PackSize(output.Shape) * NodeFacts.Bits(output.Type);
        var fifo = FifoMemory.For(NodeFacts.Elements(output.Shape), width, context.Constants);
        var r = estimate.Reasons;
        return estimate with
        {
            Resources = estimate.Resources + new ResourceCost(0, fifo.Lut, fifo.Ff, fifo.Bram18K, 0),
            Reasons = r with { Lut = $"{r.Lut}; output {fifo.Text}", Bram = $"{r.Bram}; output {fifo.Text}", Ff = $"{r.Ff}; FIFO output register {fifo.Ff}" },
        };
    }
}
