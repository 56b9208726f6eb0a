using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Models;

namespace Hls4Net.Estimation.Rules;

/// <summary>
/// LayerNormalization (nnet::layernorm): per row of n values 3n multipliers (d·d, d·1/sqrt, norm·gamma) and two
/// products by 1/n, two adder trees of n terms, n subtractors and one inverse-square-root table; rows run one after
/// another, so latency and II are rows × the row's depth (two trees, three products and a table read).
/// </summary>
public sealed class LayerNormCostRule : CostRule<LayerNormOp>
{
    public override LayerEstimate Estimate(Node node, LayerNormOp op, EstimationContext context)
    {
        var c = context.Constants;
        var n = op.Gamma.Size;
        var rows = Math.Max(1, node.Output.Shape.Size / n);
        var accum = node.Precision.Accum ?? node.Output.Type;
        var accBits = NodeFacts.Bits(accum);
        var mapping = ProductMapping.For(accum, node.Precision.Table ?? accum, context);
        var products = 3L * n + 2;
        var dsp = products * mapping.DspPerProduct;
        var table = TableMemory.For(node.Precision.TableSize, NodeFacts.Bits(node.Precision.Table), 1, c);
        var lut = (long)Math.Round(products * mapping.LutPerProduct + (2 * AdderTree.Adders(n) + 2L * n) * accBits * c.LutPerAdderBit) + table.Lut;
        var levels = AdderTree.Levels(n);
        var depth = c.TableLookupCycles + PipelineDepth.Cycles(4 * c.MultiplierDelayNs + (2 * levels + 2) * c.AdderLevelDelayNs, context);
        var ff = (long)Math.Round(n * accBits * depth * c.FfPerRegisteredBit);
        var latency = rows * depth;
        var reasons = new CostReasons(
            $"{products} products per row ({n} d·d, {n} d·1/sqrt, {n} ·gamma, 2 ·1/n); {mapping.Text} → {dsp} DSP",
            $"products, 2 adder trees of {n} and {2 * n} subtract/add × {accBits} bits, table logic: {lut} LUT",
            $"{n} values × {accBits} bits × {depth} stages", $"1/sqrt table: {table.Text}", "no UltraRAM",
            $"{rows} rows × ({c.TableLookupCycles} table + 4 products and {2 * levels + 2} adder levels → {depth}) = {latency}",
            $"{rows} rows one after another");
        return new LayerEstimate(node.Name, node.Op.Kind, new ResourceCost(dsp, lut, ff, table.Bram18K, 0), latency, latency, reasons);
    }
}
