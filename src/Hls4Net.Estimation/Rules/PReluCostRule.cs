using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// PReLU: a compare-and-select per value and a product x·alpha for the negative side, with constant per-channel
/// slopes (0 and ±2^k free, mapped by width).
/// </summary>
public sealed class PReluCostRule : CostRule<PReluOp>
{
    public override LayerEstimate Estimate(Node node, PReluOp op, EstimationContext context)
    {
        var c = context.Constants;
        var shape = node.Output.Shape;
        var n = NodeFacts.ParallelValues(shape, context);
        var census = WeightCensus.Count(op.Alpha.Data, node.Precision.Weight, context.Constants.NarrowWeightMaxBits);
        var repeats = Math.Max(1, n / Math.Max(1, op.Alpha.Size));
        var products = census.Products * repeats;
        var mapping = ProductMapping.For(NodeFacts.InputType(node), node.Precision.Weight, context);
        var bits = NodeFacts.Bits(NodeFacts.InputType(node));
        var dsp = products * mapping.DspPerProduct;
        var lut = (long)Math.Round(products * mapping.LutPerProduct + n * bits * c.LutPerComparatorBit) + census.NarrowLut(bits, c.LutPerAdderBit) * repeats;
        var depth = PipelineDepth.Cycles(products > 0 ? c.MultiplierDelayNs : 0, context);
        var reasons = new CostReasons($"{products} products with slopes neither 0 ({census.Zero}) nor ±2^k ({census.PowerOfTwo}); {mapping.Text} → {dsp} DSP",
            $"{products} products × {mapping.LutPerProduct:0.##} + {n} compare-and-selects × {bits} bits = {lut}", "combinational",
            "slopes are constants: no memory", "no memory", $"product → {depth} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(dsp, lut, 0, 0, 0), depth, reasons);
    }
}
