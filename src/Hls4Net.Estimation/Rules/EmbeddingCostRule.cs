using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Embedding (nnet::embedding): a ROM of vocabulary rows, each a whole row of dim weights wide, read once per input
/// index in parallel (io_parallel), plus the index compare; one table read of latency.
/// </summary>
public sealed class EmbeddingCostRule : CostRule<EmbeddingOp>
{
    public override LayerEstimate Estimate(Node node, EmbeddingOp op, EstimationContext context)
    {
        var c = context.Constants;
        var lookups = (long)node.Inputs[0].Shape.Size;
        var rowBits = op.Dim * NodeFacts.Bits(node.Precision.Weight);
        var rom = TableMemory.For(op.Vocabulary, rowBits, lookups, c);
        var indexBits = NodeFacts.Bits(NodeFacts.InputType(node));
        var lut = rom.Lut + (long)Math.Round(lookups * indexBits * c.LutPerComparatorBit);
        var depth = (long)c.TableLookupCycles;
        var reasons = new CostReasons("no multipliers",
            $"ROM {rom.Text} + {lookups} index range checks × {indexBits} bits = {lut}",
            "the output rows are registered by the ROM read", $"table: {rom.Text}", "no UltraRAM",
            $"one table read → {depth} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, 0, rom.Bram18K, 0), depth, reasons);
    }
}
