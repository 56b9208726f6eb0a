using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// What the pooling rules share: each output value reduces a window of <c>window</c> inputs with window−1
/// compare-and-selects (max) or adders (average, then a constant product by 1/window in LUTs: shifts and adds).
/// io_parallel unrolls every output; io_stream one output pixel per input pixel cycle, with a line buffer of
/// (window rows − 1) input rows (BRAM when larger than a LUTROM).
/// </summary>
internal static class PoolingCost
{
    public static LayerEstimate Estimate(Node node, PoolKind pool, long window, long windowRows, EstimationContext context)
    {
        var c = context.Constants;
        var output = node.Output.Shape;
        var input = node.Inputs[0].Shape;
        var bits = NodeFacts.Bits(NodeFacts.InputType(node));
        var outputs = NodeFacts.ParallelValues(output, context);
        var ops = outputs * AdderTree.Adders(window);
        var perBit = pool == PoolKind.Max ? c.LutPerComparatorBit : c.LutPerAdderBit;
        var lut = (long)Math.Round(ops * bits * perBit + (pool == PoolKind.Average ? outputs * bits * c.LutPerAdderBit : 0));
        var levels = AdderTree.Levels(window);
        var depth = PipelineDepth.Cycles(levels * c.AdderLevelDelayNs, context);
        var ff = (long)Math.Round(outputs * bits * depth * c.FfPerRegisteredBit);
        long bram = 0;
        var memoryText = "no memory";
        if (context.IsStream && windowRows > 1 && input.Rank >= 2)
        {
            var lineBits = (windowRows - 1) * (input.Size / Math.Max(1, input[0])) * bits;
            if (lineBits > c.LutRomMaxBits)
            {
                bram = (lineBits + 18431) / 18432;
                memoryText = $"line buffer of {windowRows - 1} rows = {lineBits} bits → {bram} BRAM_18K";
            }
            else memoryText = $"line buffer of {lineBits} bits in registers";
        }
        var what = pool == PoolKind.Max ? "compare-and-selects" : "adders (+ a constant scaling per output)";
        var reasons = new CostReasons($"{pool} pooling: no multipliers (1/window is a constant product in LUTs)",
            $"{outputs} outputs × {window - 1} {what} × {bits} bits = {lut}", $"{outputs} values × {bits} bits × {depth} stages",
            memoryText, "no UltraRAM", $"{levels} levels → {depth} cycles", "");
        return NodeFacts.Elementwise(node, context, new ResourceCost(0, lut, ff, bram, 0), depth, reasons);
    }
}
