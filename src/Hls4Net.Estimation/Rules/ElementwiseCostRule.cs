using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Merge layers over k inputs: add/subtract/average: k−1 adders per value (average then a constant product in LUTs);
/// max/min: k−1 compare-and-selects; multiply: k−1 products per value between two data operands (mapped by width).
/// </summary>
public sealed class ElementwiseCostRule : CostRule<ElementwiseOp>
{
    public override LayerEstimate Estimate(Node node, ElementwiseOp op, EstimationContext context)
    {
        var c = context.Constants;
        var n = NodeFacts.ParallelValues(node.Output.Shape, context);
        var k = Math.Max(2, node.Inputs.Count);
        var bits = NodeFacts.Bits(node.Output.Type);
        var ops = n * (k - 1);
        var multiply = op.Operation == ElementwiseKind.Mul;
        var compare = op.Operation is ElementwiseKind.Max or ElementwiseKind.Min;
        if (multiply)
        {
            var mapping = ProductMapping.For(NodeFacts.InputType(node, 0), NodeFacts.InputType(node, 1), context);
            var dsp = ops * mapping.DspPerProduct;
            var mulLut = (long)Math.Round(ops * mapping.LutPerProduct);
            var depth = PipelineDepth.Cycles(c.MultiplierDelayNs, context);
            return NodeFacts.Elementwise(node, context, new ResourceCost(dsp, mulLut, (long)(n * bits * depth * c.FfPerRegisteredBit), 0, 0), depth,
                new CostReasons($"{ops} data×data products; {mapping.Text} → {dsp} DSP", $"{ops} × {mapping.LutPerProduct:0.##} LUT", "product registers",
                    "no memory", "no memory", $"product → {depth} cycles", ""));
        }
        var perBit = compare ? c.LutPerComparatorBit : c.LutPerAdderBit;
        var lut = (long)Math.Round(ops * bits * perBit);
        var levels = AdderTree.Levels(k);
        var d = PipelineDepth.Cycles(levels * c.AdderLevelDelayNs, context);
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, 0, 0, 0), d,
            new CostReasons("no multipliers", $"{ops} {(compare ? "compare-and-selects" : "adders")} × {bits} bits = {lut}", "combinational",
                "no memory", "no memory", $"{levels} levels → {d} cycles", ""));
    }
}
