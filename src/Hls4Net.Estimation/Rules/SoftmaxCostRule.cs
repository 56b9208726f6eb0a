using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Config;
using Hls4Net.Estimation.Models;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// Softmax over the last axis of n values: n reads of the exp table, an adder tree over the n exponentials, one read
/// of the 1/x table, and n products exp × 1/sum (mapped by width). Latency: two table reads, the tree and the product.
/// Argmax softmax: a comparator tree (n−1 compare-and-selects of the input width), no tables. hls4ml's stable/latency
/// softmax: the same with its plan's table sizes and types (products accum × 1/sum); legacy: see <see cref="Legacy"/>.
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
        if (op.Variant == SoftmaxVariant.Legacy) return Legacy(node, context, n, rows, bits);
        var expType = node.Precision.ExpTable;
        var invType = node.Precision.InvTable;
        var productType = expType;
        int expEntries = node.Precision.TableSize, invEntries = node.Precision.TableSize;
        if (op.Variant is SoftmaxVariant.Stable or SoftmaxVariant.Latency && NodeFacts.InputType(node) is { } input)
        {
            // hls4ml's tables: the exp table may be smaller (inp_norm_t narrower than TableSize), the products are accum × 1/sum.
            var plan = Hls4mlSoftmaxPlan.Create(node, input);
            (expType, invType, productType, expEntries, invEntries) = (plan.ExpType, plan.InvType, plan.AccumType, plan.ExpSize, plan.InvSize);
        }
        var expBits = NodeFacts.Bits(expType);
        var invBits = NodeFacts.Bits(invType);
        var exp = TableMemory.For(expEntries, expBits, n, c);
        var inv = TableMemory.For(invEntries, invBits, 1, c);
        var product = ProductMapping.For(productType, invType, context);
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

    /// <summary>
    /// hls4ml's legacy softmax: per output, n−1 exp-table reads of the differences and n−1 additions in table_t, then one
    /// read of the 1/x table; no multipliers (the table indices are shifts of the differences).
    /// </summary>
    private static LayerEstimate Legacy(Node node, EstimationContext context, long n, long rows, int bits)
    {
        var c = context.Constants;
        var table = node.Precision.Table ?? PrecisionDefaults.Table;
        var tableBits = NodeFacts.Bits(table);
        var entries = node.Precision.TableSize;
        var reads = n * Math.Max(n - 1, 1);
        var exp = TableMemory.For(entries, tableBits, reads, c);
        var inv = TableMemory.For(entries, tableBits, n, c);
        var adders = n * Math.Max(n - 1, 0);
        var lut = (long)Math.Round(rows * (adders * tableBits * c.LutPerAdderBit + reads * (bits + 1) * c.LutPerAdderBit)) + rows * (exp.Lut + inv.Lut);
        var bram = rows * (exp.Bram18K + inv.Bram18K);
        var levels = AdderTree.Levels(n);
        var depth = 2L * c.TableLookupCycles + PipelineDepth.Cycles((levels + 1) * c.AdderLevelDelayNs, context);
        var ff = (long)Math.Round(rows * n * tableBits * depth * c.FfPerRegisteredBit);
        var reasons = new CostReasons("legacy: no multipliers",
            $"{adders} adders × {tableBits} bits for the sums, {reads} index subtractions, glue: {lut} LUT",
            $"{n} values × {tableBits} bits × {depth} stages", $"exp: {exp.Text}; 1/x: {inv.Text}", "no UltraRAM",
            $"2 table reads × {c.TableLookupCycles} + a subtraction and {levels} adder levels", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, ff, bram, 0), depth, reasons);
    }
}
