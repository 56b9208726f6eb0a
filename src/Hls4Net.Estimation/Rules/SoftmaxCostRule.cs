using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Softmax over the last axis of n values: n reads of the exp table, an adder tree over the n exponentials, one read
/// of the 1/x table, and n products exp × 1/sum (mapped by width). Latency: two table reads, the tree and the product.
/// Argmax softmax: a comparator tree (n−1 compare-and-selects of the input width), no tables.
/// </summary>
public sealed class SoftmaxCostRule : CostRule<SoftmaxOp>
{
    public override LayerEstimate Estimate(Node node, SoftmaxOp op, EstimationContext context)
    {
        var c = context.Constants;
        var shape = node.Output.Shape;
        var n = NodeFacts.PackSize(shape);
        var rows = context.IsStream ? 1 : Math.Max(1, shape.Size / n);
        var bits = NodeFacts.Bits(NodeFacts.InputType(node));
        if (op.Argmax)
        {
            var cmp = (long)Math.Round(rows * AdderTree.Adders(n) * bits * c.LutPerComparatorBit);
            var cmpLevels = AdderTree.Levels(n);
            var cmpDepth = PipelineDepth.Cycles(cmpLevels * c.AdderLevelDelayNs, context);
            var r = new CostReasons("argmax: no multipliers", $"{rows}×{AdderTree.Adders(n)} compare-and-selects × {bits} bits = {cmp}",
                "registers of the comparator tree", "no memory", "no memory", $"{cmpLevels} comparator levels → {cmpDepth} cycles", "");
            return NodeFacts.Elementwise(node, context, new ResourceCost(0, cmp, (long)(rows * n * bits * cmpDepth * c.FfPerRegisteredBit), 0, 0), cmpDepth, r);
        }
        var expBits = NodeFacts.Bits(node.Precision.ExpTable);
        var invBits = NodeFacts.Bits(node.Precision.InvTable);
        var entries = node.Precision.TableSize;
        var exp = TableMemory.For(entries, expBits, n, c);
        var inv = TableMemory.For(entries, invBits, 1, c);
        var product = ProductMapping.For(node.Precision.ExpTable, node.Precision.InvTable, context);
        var dsp = rows * n * product.DspPerProduct;
        var adders = AdderTree.Adders(n);
        var lut = (long)Math.Round(rows * (adders * expBits * c.LutPerAdderBit + n * product.LutPerProduct + n * bits * c.LutPerAdderBit)) + rows * (exp.Lut + inv.Lut);
        var bram = rows * (exp.Bram18K + inv.Bram18K);
        var levels = AdderTree.Levels(n);
        var depth = 2L * c.TableLookupCycles + PipelineDepth.Cycles(c.MultiplierDelayNs + levels * c.AdderLevelDelayNs, context);
        var ff = (long)Math.Round(rows * n * expBits * depth * c.FfPerRegisteredBit);
        var reasons = new CostReasons($"{rows}×{n} products exp×(1/sum): {product.Text} → {dsp} DSP",
            $"{adders} adders × {expBits} bits for the sum, {n} index adders, product glue: {lut} LUT",
            $"{n} values × {expBits} bits × {depth} stages", $"exp: {exp.Text}; 1/x: {inv.Text}", "no UltraRAM",
            $"2 table reads × {c.TableLookupCycles} + product and {levels} adder levels", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(dsp, lut, ff, bram, 0), depth, reasons);
    }
}
