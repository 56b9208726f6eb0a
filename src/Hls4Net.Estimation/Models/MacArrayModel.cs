namespace Hls4Net.Estimation.Models;

/// <summary>
/// Costs a <see cref="MacShape"/> (docs/estimator.md, "Multipliers", "Adder trees", "Weights in BRAM", "Latency"):
/// <list type="bullet">
/// <item>products: with constant weights (Latency strategy) a weight that is 0 or ±2^k costs no multiplier; with
/// weights in memory (Resource strategy) every weight does, except with compressed storage (a pruned Resource Dense),
/// where only nonzero weights are stored and multiplied. Time-shared products: ⌈products/RF⌉ multipliers.</item>
/// <item>each multiplier is mapped by <see cref="ProductMapping"/>; DSP = multipliers × slices per product × replicas.</item>
/// <item>adders: one accumulator-wide adder per multiplier (the bias starts the sum).</item>
/// <item>FF: the accumulators (outputs × accumulator width) registered at every pipeline stage.</item>
/// <item>latency of a pass: product delay + ⌈log2 terms⌉ adder levels cut into cycles, plus RF−1 cycles when shared;
/// a layer: (iterations−1) × II of a pass + latency of a pass (+ the stream read/write cycles in io_stream). II =
/// iterations × (RF when shared, else 1).</item>
/// </list>
/// </summary>
public static class MacArrayModel
{
    public static LayerEstimate Estimate(string layer, string op, MacShape s, EstimationContext context)
    {
        var c = context.Constants;
        var w = s.Weights;
        var rf = Math.Max(1, s.ReuseFactor);
        var mapping = ProductMapping.For(s.DataType, s.WeightType, context);
        var compressed = s.WeightsInMemory && s.CompressedIndexBits > 0;
        var products = compressed ? w.NonZero : s.WeightsInMemory ? w.Total : w.Products;
        var shared = s.SharesByReuse && rf > 1;
        var multipliers = shared ? (products + rf - 1) / rf : products;
        var accBits = s.AccumType?.Width ?? 32;

        var dsp = multipliers * mapping.DspPerProduct * s.Replicas;
        var productText = compressed
            ? $"{w.Total} products, {w.Zero} zero weights dropped by compressed storage: {products} stored with {2 * s.CompressedIndexBits} index bits each"
            : s.WeightsInMemory
            ? $"{w.Total} products (weights in memory: none is constant-folded)"
            : $"{w.Total} products; {products} with weights neither 0 ({w.Zero}), ±2^k ({w.PowerOfTwo}) nor narrow ({w.Narrow}, ≤ {c.NarrowWeightMaxBits} significant bits)";
        var shareText = shared ? $" / RF {rf} = {multipliers} multipliers" : $" = {multipliers} multipliers";
        var replicaText = s.Replicas > 1 ? $" × {s.Replicas} unrolled passes" : "";
        var dspText = $"{productText}{shareText}{replicaText}; {mapping.Text} → {dsp} DSP";

        var adders = (shared ? multipliers : w.Total - w.Zero) * s.Replicas;
        var dataBits = s.DataType?.Width ?? 16;
        var narrowLut = s.WeightsInMemory ? 0 : w.NarrowLut(dataBits, c.LutPerAdderBit) * s.Replicas;
        var mulLut = (long)Math.Round(multipliers * s.Replicas * mapping.LutPerProduct) + narrowLut;
        var addLut = (long)Math.Round(adders * accBits * c.LutPerAdderBit);
        var memory = WeightMemory(s, multipliers, rf, c);
        var lut = mulLut + addLut + memory.Lut;
        var lutText = $"{multipliers * s.Replicas} multipliers × {mapping.LutPerProduct:0.##} LUT + {narrowLut} for narrow weights' shifted adds = {mulLut}; {adders} adders × {accBits} bits × {c.LutPerAdderBit:0.##} = {addLut}"
            + (memory.Lut > 0 ? $"; {memory.Text}" : "");

        var termsPerOutput = shared
            ? (multipliers + s.Outputs - 1) / Math.Max(1, s.Outputs) + 1
            : (w.Total - w.Zero + s.Outputs - 1) / Math.Max(1, s.Outputs) + 1;
        var levels = AdderTree.Levels(termsPerOutput);
        var passDepth = PipelineDepth.Cycles(PipelineDepth.MultiplyAccumulateNs(multipliers > 0, levels, c), context);
        var passIi = shared ? rf : 1L;
        var passLatency = passDepth + (shared ? rf : 0);
        var overhead = context.IsStream ? c.StreamOverheadCycles : 0;
        var latency = (s.Iterations - 1) * passIi + passLatency + overhead;
        var ii = s.Iterations * passIi;
        var latencyText = $"product {(multipliers > 0 ? c.MultiplierDelayNs : 0):0.##} ns + {levels} adder levels × {c.AdderLevelDelayNs:0.##} ns → {passDepth} cycles"
            + (shared ? $" + RF {rf}" : "") + (s.Iterations > 1 ? $"; {s.Iterations} passes at II {passIi}" : "")
            + (overhead > 0 ? $" + {overhead} stream read/write" : "") + $" = {latency}";
        var iiText = s.Iterations > 1 ? $"{s.Iterations} passes × {passIi}" : shared ? $"RF {rf}" : "fully pipelined";

        var ffBits = s.Outputs * accBits * s.Replicas;
        var stages = Math.Max(passDepth, shared ? 1 : 0);
        var ff = (long)Math.Round(ffBits * stages * c.FfPerRegisteredBit);
        var ffText = $"{s.Outputs * s.Replicas} accumulators × {accBits} bits × {stages} stages × {c.FfPerRegisteredBit:0.##}";

        var reasons = new CostReasons(dspText, lutText, ffText, memory.Text, "no UltraRAM (weights fit BRAM/LUTs)", latencyText, iiText);
        return new LayerEstimate(layer, op, new ResourceCost(dsp, lut, ff, memory.Bram18K, 0), latency, ii, reasons);
    }

    /// <summary>
    /// Weights in memory (Resource strategy): the template reshapes them by block factor (the multipliers per cycle),
    /// so one memory RF deep and multipliers × weight width bits wide: BRAM when RF ≥
    /// <see cref="EstimatorConstants.WeightBramMinDepth"/> (⌈width/36⌉ × ⌈RF/512⌉ BRAM_18K), else LUTRAM (64 bits a LUT).
    /// </summary>
    private static (long Lut, long Bram18K, string Text) WeightMemory(MacShape s, long multipliers, int rf, EstimatorConstants c)
    {
        if (!s.WeightsInMemory) return (0, 0, "weights are constants in logic: no memory");
        var bits = (s.WeightType?.Width ?? 16) + (s.CompressedIndexBits > 0 ? 2 * s.CompressedIndexBits : 0);
        var width = multipliers * bits;
        if (rf == 1) return (0, 0, "RF 1: weights are constants in logic: no memory");
        if (rf < c.WeightBramMinDepth)
        {
            var lut = (width * rf + 63) / 64 * s.Replicas;
            return (lut, 0, $"weights {rf} deep × {width} bits in LUTRAM: {lut} LUT");
        }
        var bram = (width + 35) / 36 * ((rf + 511) / 512) * s.Replicas;
        return (0, bram, $"weights {rf} deep × {width} bits in BRAM: ⌈{width}/36⌉×⌈{rf}/512⌉ = {bram} BRAM_18K");
    }
}
