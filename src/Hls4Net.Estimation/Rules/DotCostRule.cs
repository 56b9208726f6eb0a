using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Product of two activations (nnet::dot): one pipelined dot product of k terms (k multipliers mapped by the two input
/// widths, k accumulator adders) issues one output per cycle, so II = groups·m·n and the latency adds the
/// multiply-and-adder-chain depth.
/// </summary>
public sealed class DotCostRule : CostRule<DotOp>
{
    public override LayerEstimate Estimate(Node node, DotOp op, EstimationContext context)
    {
        var c = context.Constants;
        var layout = DotLayout.For(op, node.Inputs[0].Shape, node.Inputs[1].Shape);
        long k = layout.K, outputs = (long)layout.Batches * layout.M * layout.N;
        var mapping = ProductMapping.For(NodeFacts.InputType(node, 0), NodeFacts.InputType(node, 1), context);
        var accBits = NodeFacts.Bits(node.Precision.Accum ?? node.Output.Type);
        var dsp = k * mapping.DspPerProduct;
        var lut = (long)Math.Round(k * mapping.LutPerProduct + k * accBits * c.LutPerAdderBit);
        var depth = PipelineDepth.Cycles(PipelineDepth.MultiplyAccumulateNs(true, (int)k, c), context);
        var ff = (long)Math.Round(k * accBits * depth * c.FfPerRegisteredBit);
        var latency = depth + outputs - 1;
        var reasons = new CostReasons(
            $"{k} multipliers of one pipelined dot product; {mapping.Text} → {dsp} DSP",
            $"{k} products × {mapping.LutPerProduct:0.##} + {k} adders × {accBits} bits = {lut}",
            $"{k} partial sums × {accBits} bits × {depth} stages", "inputs are activations: no memory", "no memory",
            $"{depth} cycles for one output + {outputs - 1} further outputs = {latency}", $"{outputs} outputs, one per cycle");
        return new LayerEstimate(node.Name, node.Op.Kind, new ResourceCost(dsp, lut, ff, 0, 0), latency, outputs, reasons);
    }
}
