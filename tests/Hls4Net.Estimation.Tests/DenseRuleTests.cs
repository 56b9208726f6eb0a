using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>The Dense rule on a 4→3 layer whose 12 weights are chosen to fall in every class (docs/estimator.md, "Multipliers").</summary>
public sealed class DenseRuleTests
{
    // ap_fixed<16,6>: 10 fractional bits, raw = floor(w * 1024).
    //   0, 0            → zero (2)
    //   0.5=512, -0.25=-256, 2=2048          → ±2^k (3)
    //   0.75=768 (0b11 << 8, span 2), 1.5=1536 (span 2), 0.40625=416 (0b1101 << 5, span 4) → narrow ≤ 5 bits (3, spans 2+2+4 = 8)
    //   0.3=307 (0b100110011, span 9), 0.1=102 (0b1100110, span 6), -0.6=-615 (0b1001100111, span 10), 0.2=204 (span 6) → real (4)
    private static readonly float[] Weights = [0f, 0.5f, 0.3f, -0.25f, 0.75f, 1.5f, 0.1f, 0f, -0.6f, 0.2f, 0.40625f, 2f];

    private static DenseOp Op() => new(HandBuilt.Tensor([4, 3], Weights), HandBuilt.Tensor([3], 0, 0, 0));

    [Fact]
    public void LatencyStrategyCountsOnlyRealMultipliers()
    {
        var (_, node) = HandBuilt.Single(Op(), new Shape(4));
        var e = new DenseCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(4, e.Resources.Dsp); // 4 real products × 1 DSP48E2 (16×16 fits 27×18)
        // LUT: 4 DSP products × 4 glue = 16; narrow shifted adds (8 span bits − 3 weights) × 16 data bits × 1 = 80;
        // adders: 10 nonzero weights × 16 accumulator bits × 1 = 160.
        Assert.Equal(16 + 80 + 160, e.Resources.Lut);
        // Terms per output: ⌈10/3⌉ + 1 (bias) = 5 → 3 adder levels; 2.5 + 3 × 0.9 = 5.2 ns over 4.375 ns → 2 stages → 1 cycle.
        Assert.Equal(1, e.LatencyCycles);
        Assert.Equal(1, e.Ii);
        Assert.Equal(3 * 16 * 1, e.Resources.Ff); // 3 accumulators × 16 bits × 1 stage
        Assert.Equal(0, e.Resources.Bram18K);
        Assert.Contains("4 with weights neither 0 (2), ±2^k (3) nor narrow (3", e.Reasons.Dsp);
    }

    [Fact]
    public void ReuseFactorIsIgnoredByOurLatencyTemplateButSharesHls4mls()
    {
        var (_, node) = HandBuilt.Single(Op(), new Shape(4), hardware: new LayerHardware(Strategy.Latency, 2));
        Assert.Equal(4, new DenseCostRule().Estimate(node, HandBuilt.Context()).Resources.Dsp);
        var hls4ml = new DenseCostRule().Estimate(node, HandBuilt.Context(flavor: TemplateFlavor.Hls4ml));
        Assert.Equal(2, hls4ml.Resources.Dsp); // ⌈4 / 2⌉
        Assert.Equal(2, hls4ml.Ii);
    }

    [Fact]
    public void ResourceStrategyTimeSharesEveryWeightAndKeepsWeightsInLutramBelowTheBramDepth()
    {
        var (_, node) = HandBuilt.Single(Op(), new Shape(4), hardware: new LayerHardware(Strategy.Resource, 4));
        var e = new DenseCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(3, e.Resources.Dsp); // ⌈12 / 4⌉: weights in memory, none constant-folded
        Assert.Equal(4, e.Ii);
        // Terms per output ⌈3/3⌉ + 1 = 2 → 1 level: 3.4 ns fits one cycle → depth 0; + RF 4.
        Assert.Equal(4, e.LatencyCycles);
        Assert.Equal(0, e.Resources.Bram18K);
        // Weights: 4 deep × (3 multipliers × 16 bits) = 192 bits of LUTRAM = 3 LUTs; 3 × 4 glue; 3 adders × 16.
        Assert.Equal(3 + 12 + 48, e.Resources.Lut);
    }

    [Fact]
    public void ResourceStrategyPutsDeepWeightMemoriesInBram()
    {
        var weights = Enumerable.Range(0, 32 * 16).Select(i => 0.01f * (i % 50 + 1)).ToArray();
        var op = new DenseOp(HandBuilt.Tensor([32, 16], weights), HandBuilt.Tensor([16], new float[16]));
        var (_, node) = HandBuilt.Single(op, new Shape(32), hardware: new LayerHardware(Strategy.Resource, 16));
        var e = new DenseCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(32, e.Resources.Dsp); // 512 / 16
        Assert.Equal(15, e.Resources.Bram18K); // one memory 16 deep × 32·16 = 512 bits wide: ⌈512/36⌉ × ⌈16/512⌉
        Assert.Equal(16, e.Ii);
    }

    [Fact]
    public void IoStreamRunsOneRowPerPassAndIoParallelUnrollsRows()
    {
        var (_, node) = HandBuilt.Single(Op(), new Shape(5, 4));
        var parallel = new DenseCostRule().Estimate(node, HandBuilt.Context());
        var stream = new DenseCostRule().Estimate(node, HandBuilt.Context(IoType.IoStream));
        Assert.Equal(5 * 4, parallel.Resources.Dsp);
        Assert.Equal(4, stream.Resources.Dsp);
        Assert.Equal(5, stream.Ii);
        Assert.Equal(4 + 1 + 2, stream.LatencyCycles); // 4 further rows at II 1 + 1 cycle for a pass + 2 stream read/write
    }
}
