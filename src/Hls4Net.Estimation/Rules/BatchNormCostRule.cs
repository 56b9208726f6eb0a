using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// BatchNormalization (not fused into a Dense/Conv): y = x·scale + shift per channel. One product per value with a
/// constant scale (0 and ±2^k free, mapped by width) and one adder of the accumulator width.
/// </summary>
public sealed class BatchNormCostRule : CostRule<BatchNormOp>
{
    public override LayerEstimate Estimate(Node node, BatchNormOp op, EstimationContext context)
    {
        var c = context.Constants;
        var shape = node.Output.Shape;
        var n = NodeFacts.ParallelValues(shape, context);
        var channels = NodeFacts.PackSize(shape);
        var census = WeightCensus.Count(op.Scale.Data, node.Precision.Weight, context.Constants.NarrowWeightMaxBits);
        var productsPerChannelSet = census.Products;
        var products = productsPerChannelSet * (n / Math.Max(1, channels));
        var mapping = ProductMapping.For(NodeFacts.InputType(node), node.Precision.Weight, context);
        var accBits = NodeFacts.Bits(node.Precision.Accum ?? node.Output.Type);
        var dsp = products * mapping.DspPerProduct;
        var lut = (long)Math.Round(products * mapping.LutPerProduct + n * accBits * c.LutPerAdderBit)
            + census.NarrowLut(NodeFacts.Bits(NodeFacts.InputType(node)), c.LutPerAdderBit) * (n / Math.Max(1, channels));
        var depth = PipelineDepth.Cycles(PipelineDepth.MultiplyAccumulateNs(products > 0, 1, c), context);
        var ff = (long)Math.Round(n * accBits * depth * c.FfPerRegisteredBit);
        var reasons = new CostReasons(
            $"{n} values; {products} products with scales neither 0 ({census.Zero}) nor ±2^k ({census.PowerOfTwo}); {mapping.Text} → {dsp} DSP",
            $"{products} products × {mapping.LutPerProduct:0.##} + {n} adders × {accBits} bits = {lut}",
            $"{n} values × {accBits} bits × {depth} stages", "scale and shift are constants: no memory", "no memory",
            $"product + 1 adder level → {depth} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(dsp, lut, ff, 0, 0), depth, reasons);
    }
}
