using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Budgets;

namespace Hls4Net.Estimation.Tests;

/// <summary>Totals, io_parallel/io_stream latency and II, utilization, FIFOs and budgets on a hand-built design.</summary>
public sealed class DesignTotalsTests
{
    /// <summary>x[2,4] → Dense 4→3 (weights all 0.3: real products) → ReLU.</summary>
    private static Graph Chain()
    {
        var weights = Enumerable.Repeat(0.3f, 12).ToArray();
        var (graph, dense) = HandBuilt.Single(new DenseOp(HandBuilt.Tensor([4, 3], weights), HandBuilt.Tensor([3], 0, 0, 0)), new Shape(2, 4));
        var relu = graph.Add("relu", new ActivationOp(ActivationKind.Relu), dense.Output);
        relu.Output.Type = HandBuilt.Q16;
        relu.Precision = dense.Precision;
        graph.Outputs.Clear();
        graph.Outputs.Add(relu.Output);
        return graph;
    }

    [Fact]
    public void IoParallelAddsLatenciesAndRegistersTheInputs()
    {
        var e = HandBuilt.Estimator().Estimate(Chain(), HandBuilt.Context(), "xcvu9p");
        Assert.Equal(3, e.Layers.Count); // input ports, dense, relu
        Assert.Equal(2 * 4 * 16, e.Layers[0].Resources.Ff); // 8 input values × 16 bits
        Assert.Equal(2 * 12, e.Total.Dsp); // 2 rows unrolled × 12 products
        Assert.Equal(e.Layers.Sum(l => l.LatencyCycles), e.LatencyCycles);
        Assert.Equal(e.LatencyCycles * 5.0, e.LatencyNs);
        Assert.Equal(1, e.Ii);
        Assert.Equal(Math.Round(100.0 * 24 / 6840, 2), e.Utilization.Dsp); // xcvu9p: 6,840 DSP
    }

    [Fact]
    public void IoStreamAddsTheFifoAndTakesTheSlowestStageAsIi()
    {
        var e = HandBuilt.Estimator().Estimate(Chain(), HandBuilt.Context(IoType.IoStream), "xcvu9p");
        Assert.Equal(2, e.Layers.Count);
        var dense = e.Layers[0];
        Assert.Equal(12, dense.Resources.Dsp);
        Assert.Equal(2, dense.Ii); // 2 rows, one per cycle
        // Dense output FIFO: depth 2 elements × (3 × 16) bits as SRL: 48 LUT, 48 FF.
        Assert.Contains("FIFO 2×48 bits as SRL", dense.Reasons.Lut);
        Assert.Equal(2, e.Ii);
        // Dataflow: Σ fill depths (latency − II + 1) + II − 1.
        Assert.Equal(e.Layers.Sum(l => l.LatencyCycles - l.Ii + 1) + e.Ii - 1, e.LatencyCycles);
    }

    [Fact]
    public void BudgetsGiveTheVerdict()
    {
        var e = HandBuilt.Estimator().Estimate(Chain(), HandBuilt.Context(), "xcvu9p");
        Assert.True(new EstimateBudget().Check(e).Fits);
        var over = new EstimateBudget(Dsp: ResourceLimit.Parse("23", "--max-dsp")).Check(e);
        Assert.False(over.Fits);
        Assert.Equal("DSP", Assert.Single(over.Violations).Resource);
        Assert.True(new EstimateBudget(Dsp: ResourceLimit.Parse("1%", "--max-dsp")).Check(e).Fits); // 68.4 ≥ 24
        Assert.False(new EstimateBudget(Latency: LatencyLimit.Parse("0cycles", "--max-latency")).Check(e).Fits || e.LatencyCycles == 0);
    }

    [Theory]
    [InlineData("80%", 80, true)]
    [InlineData("1200", 1200, false)]
    [InlineData(" 12.5% ", 12.5, true)]
    public void ResourceLimitsParseCountsAndPercentages(string text, double value, bool percent)
    {
        var l = ResourceLimit.Parse(text, "--max-dsp");
        Assert.Equal(value, l.Value);
        Assert.Equal(percent, l.IsPercent);
    }

    [Theory]
    [InlineData("250", 250, false)]
    [InlineData("250ns", 250, false)]
    [InlineData("40cycles", 40, true)]
    public void LatencyLimitsParseNsAndCycles(string text, double value, bool cycles)
    {
        var l = LatencyLimit.Parse(text, "--max-latency");
        Assert.Equal(value, l.Value);
        Assert.Equal(cycles, l.InCycles);
    }

    [Theory]
    [InlineData("lots")]
    [InlineData("-1")]
    [InlineData("%")]
    public void BadLimitsAreErrors(string text) =>
        Assert.StartsWith("--max-dsp:", Assert.Throws<EstimationException>(() => ResourceLimit.Parse(text, "--max-dsp")).Message);

    [Fact]
    public void APercentageOnAnUnknownPartIsAnError()
    {
        var e = HandBuilt.Estimator().Estimate(Chain(), HandBuilt.Context(part: "xcfoo123-x-1"), "xcfoo123-x-1");
        Assert.Null(e.Device);
        Assert.Throws<EstimationException>(() => new EstimateBudget(Dsp: new ResourceLimit(50, true)).Check(e));
        Assert.True(new EstimateBudget(Dsp: new ResourceLimit(50, false)).Check(e).Fits);
    }
}
