using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// A tree ensemble (nnet_tree_ensemble.h, io_parallel): one comparator per branch node (constant threshold, the wider
/// of the input and threshold widths), a path-selection multiplexer per tree level (one 2:1 mux bit per node-index bit),
/// a leaf-score multiplexer per tree and column (one mux bit per score bit and leaf), an adder tree of
/// trees-per-column − 1 adders plus the base-value adder per column, and the scores registered once per pipeline
/// stage. No DSP, no memory (the constants are logic). Latency: the deepest tree's depth (comparisons and path
/// selection) plus ⌈log2⌉ of the trees per column (the adder tree); II = 1. docs/bdt.md, docs/estimator.md.
/// </summary>
public sealed class TreeEnsembleCostRule : CostRule<TreeEnsembleOp>
{
    /// <inheritdoc />
    public override LayerEstimate Estimate(Node node, TreeEnsembleOp op, EstimationContext context)
    {
        var c = context.Constants;
        var inputBits = NodeFacts.Bits(NodeFacts.InputType(node));
        var thresholdBits = node.Precision[TreeEnsembleOp.ThresholdSlot]?.Width ?? inputBits;
        var scoreBits = NodeFacts.Bits(node.Precision[TreeEnsembleOp.ScoreSlot]);
        var compareBits = Math.Max(inputBits, thresholdBits);
        var comparators = op.Trees.Sum(t => (long)t.BranchCount);
        var leaves = op.Trees.Sum(t => (long)(t.NodeCount - t.BranchCount));
        var maxNodes = op.Trees.Max(t => t.NodeCount);
        var indexBits = 1;
        while ((1L << indexBits) < maxNodes) indexBits++;
        var perColumn = op.ColumnTrees.All(l => l.Count == op.ColumnTrees[0].Count) && op.ColumnTrees[0].Count > 0 ? op.ColumnTrees[0].Count : op.Trees.Count;
        var adders = op.Columns * (AdderTree.Adders(perColumn) + 1);
        var depth = Math.Max(1, op.MaxDepth);
        var compareLut = comparators * compareBits * c.LutPerComparatorBit;
        var pathLut = (double)op.Trees.Count * depth * indexBits;
        var leafLut = (double)leaves * op.Columns * scoreBits * 0.5;
        var addLut = adders * scoreBits * c.LutPerAdderBit;
        var lut = (long)Math.Round(compareLut + pathLut + leafLut + addLut);
        var levels = AdderTree.Levels(perColumn);
        var cycles = depth + levels;
        var ff = (long)Math.Round(cycles * op.Columns * scoreBits * c.FfPerRegisteredBit + comparators * c.FfPerRegisteredBit);
        var reasons = new CostReasons("no multipliers",
            $"{comparators} comparators × {compareBits} bits × {c.LutPerComparatorBit} + path muxes {op.Trees.Count} trees × {depth} levels × {indexBits} bits + leaf muxes {leaves} leaves × {op.Columns} columns × {scoreBits} bits × 0.5 + {adders} adders × {scoreBits} bits × {c.LutPerAdderBit} = {lut}",
            $"{cycles} stages × {op.Columns} scores × {scoreBits} bits + {comparators} comparison bits = {ff}",
            "thresholds and leaf scores are constants in logic: no memory", "no memory",
            $"depth {depth} + ⌈log2({perColumn})⌉ = {levels} adder levels → {cycles} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, ff, 0, 0), cycles, reasons);
    }
}
