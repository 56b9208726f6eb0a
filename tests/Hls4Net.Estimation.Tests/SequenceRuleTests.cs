using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>The cost rules of Dot, LayerNormalization and Embedding on hand-sized layers (counts derived by hand).</summary>
public sealed class SequenceRuleTests
{
    [Fact]
    public void DotIsOnePipelinedDotProductIssuingOneOutputPerCycle()
    {
        // a [2, 3, 4] · b [2, 4, 5]: 2 groups of 3×5 outputs, each a sum of k = 4 products of 16-bit inputs.
        var g = new Graph("dot");
        var a = new Value("a", new Shape(2, 3, 4)) { Type = HandBuilt.Q16 };
        var b = new Value("b", new Shape(2, 4, 5)) { Type = HandBuilt.Q16 };
        g.Inputs.Add(a);
        g.Inputs.Add(b);
        var node = g.Add("dot", new DotOp(), a, b);
        node.Output.Type = HandBuilt.Q16;
        node.Precision = new LayerPrecision(Accum: HandBuilt.Q18);
        g.Outputs.Add(node.Output);

        var e = new DotCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(4, e.Resources.Dsp);              // k = 4 multipliers, 16×16 fits one DSP48E2 each
        Assert.Equal(2 * 3 * 5, e.Ii);                 // 30 outputs, one per cycle
        // The first output after the multiply and 4-adder chain (2.5 + 4 × 0.9 = 6.1 ns over 4.375 ns → 2 stages → 1 cycle), then 29 more.
        Assert.Equal(1 + 29, e.LatencyCycles);
        Assert.Equal(4 * 4 + 4 * 18 * 1, e.Resources.Lut); // 4 DSP products × 4 glue LUT + 4 adders × 18 accumulator bits × 1
        Assert.Equal(0, e.Resources.Bram18K);
    }

    [Fact]
    public void LayerNormCountsThreeProductsPerValueAndRunsItsRowsInTurn()
    {
        var op = new LayerNormOp(HandBuilt.Tensor([8], 1, 1, 1, 1, 1, 1, 1, 1), HandBuilt.Tensor([8], 0, 0, 0, 0, 0, 0, 0, 0), 1e-5);
        var (_, node) = HandBuilt.Single(op, new Shape(4, 8), precision: new LayerPrecision(HandBuilt.Q16, HandBuilt.Q16, HandBuilt.Q16, HandBuilt.Q18, TableSize: 1024));
        var e = new LayerNormCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(3 * 8 + 2, e.Resources.Dsp);      // d·d, d·(1/sqrt), norm·gamma per value + the two ·(1/n)
        Assert.Equal(0, e.LatencyCycles % 4);          // 4 rows one after another, each of the same depth
        Assert.Equal(e.LatencyCycles, e.Ii);
        Assert.Contains("4 rows", e.Reasons.Latency, StringComparison.Ordinal);
    }

    [Fact]
    public void EmbeddingIsARomReadWithoutMultipliers()
    {
        var op = new EmbeddingOp(HandBuilt.Tensor([10, 6], new float[60]));
        var (_, node) = HandBuilt.Single(op, new Shape(5), precision: new LayerPrecision(Weight: HandBuilt.Q16));
        var e = new EmbeddingCostRule().Estimate(node, HandBuilt.Context());
        Assert.Equal(0, e.Resources.Dsp);
        Assert.Equal(HandBuilt.Constants.TableLookupCycles, e.LatencyCycles); // one table read, io_parallel
        Assert.Equal(1, e.Ii);
    }
}
