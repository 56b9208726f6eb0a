using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// A tree ensemble (nnet_tree_ensemble.h, io_parallel): one comparator per branch node (constant threshold, the wider
/// of the input and threshold widths, 0.5 LUT per bit), a path-selection multiplexer per tree level (one 2:1 mux bit per node-index bit),
/// a leaf-score multiplexer per tree and column it feeds (half a LUT per score bit and leaf), an adder tree of
/// trees-per-column − 1 adders plus the base-value adder per column, and the scores registered once per pipeline
/// stage. No DSP, no memory (the constants are logic). Latency: the deepest tree's depth (comparisons and path
/// selection) plus ⌈log2⌉ of the trees per column (the adder tree); II = 1. docs/bdt.md, docs/estimator.md.
/// </summary>
public sealed class TreeEnsembleCostRule : CostRule<TreeEnsembleOp>
{
    /// <summary>LUTs per bit of a comparison against a constant (a LUT6 resolves about two bits of it; uncalibrated).</summary>
    public const double ConstantCompareLutPerBit = 0.5;

    /// <inheritdoc />
    public override LayerEstimate Estimate(Node node, TreeEnsembleOp op, EstimationContext context)
    {
        var c = context.Constants;
        var inputBits = NodeFacts.Bits(NodeFacts.InputType(node));
        var thresholdBits = node.Precision[TreeEnsembleOp.ThresholdSlot]?.Width ?? inputBits;
        var scoreBits = NodeFacts.Bits(node.Precision[TreeEnsembleOp.ScoreSlot]);
        var compareBits = Math.Max(inputBits, thresholdBits);
        var comparators = op.Trees.Sum(t => (long)t.BranchCount);
        // Leaf multiplexers only for the columns a tree holds scores for (a boosting tree feeds one class).
        var treeColumns = new long[op.Trees.Count];
        foreach (var list in op.ColumnTrees) foreach (var t in list) treeColumns[t]++;
        var leafInputs = op.Trees.Select((t, i) => (long)(t.NodeCount - t.BranchCount) * treeColumns[i]).Sum();
        var maxNodes = op.Trees.Max(t => t.NodeCount);
        var indexBits = 1;
        while ((1L << indexBits) < maxNodes) indexBits++;
        var perColumn = op.ColumnTrees.All(l => l.Count == op.ColumnTrees[0].Count) && op.ColumnTrees[0].Count > 0 ? op.ColumnTrees[0].Count : op.Trees.Count;
        var adders = op.Columns * (AdderTree.Adders(perColumn) + 1);
        var depth = Math.Max(1, op.MaxDepth);
        // A comparison with a constant threshold: about one LUT6 per 2 bits (ConstantCompareLutPerBit).
        var compareLut = comparators * compareBits * ConstantCompareLutPerBit;
        var pathLut = (double)op.Trees.Count * depth * indexBits;
        var leafLut = (double)leafInputs * scoreBits * 0.5;
        var addLut = adders * scoreBits * c.LutPerAdderBit;
        var lut = (long)Math.Round(compareLut + pathLut + leafLut + addLut);
        var levels = AdderTree.Levels(perColumn);
        var cycles = depth + levels;
        var ff = (long)Math.Round(cycles * op.Columns * scoreBits * c.FfPerRegisteredBit + comparators * c.FfPerRegisteredBit);
        var reasons = new CostReasons("no multipliers",
            $"{comparators} constant comparators × {compareBits} bits × {ConstantCompareLutPerBit} + path muxes {op.Trees.Count} trees × {depth} levels × {indexBits} bits + leaf muxes {leafInputs} leaf inputs × {scoreBits} bits × 0.5 + {adders} adders × {scoreBits} bits × {c.LutPerAdderBit} = {lut}",
            $"{cycles} stages × {op.Columns} scores × {scoreBits} bits + {comparators} comparison bits = {ff}",
            "thresholds and leaf scores are constants in logic: no memory", "no memory",
            $"depth {depth} + ⌈log2({perColumn})⌉ = {levels} adder levels → {cycles} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, ff, 0, 0), cycles, reasons);
    }
}
