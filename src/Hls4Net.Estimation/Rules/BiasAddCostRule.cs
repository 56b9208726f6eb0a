using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>BiasAdd: one adder of the output width per value, combinational.</summary>
public sealed class BiasAddCostRule : CostRule<BiasAddOp>
{
    public override LayerEstimate Estimate(Node node, BiasAddOp op, EstimationContext context)
    {
        var n = NodeFacts.ParallelValues(node.Output.Shape, context);
        var bits = NodeFacts.Bits(node.Output.Type);
        var lut = (long)Math.Round(n * bits * context.Constants.LutPerAdderBit);
        var depth = PipelineDepth.Cycles(context.Constants.AdderLevelDelayNs, context);
        var reasons = new CostReasons("no multipliers", $"{n} adders × {bits} bits = {lut}", "combinational", "bias is constant: no memory",
            "no memory", $"1 adder level → {depth} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, 0, 0, 0), depth, reasons);
    }
}
