using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Estimation.Rules;

namespace Hls4Net.Estimation.Tests;

/// <summary>
/// The recurrent rule: (nIn + u)·G·u products per step in one MAC array shared by the reuse factor, run once per step
/// (docs/estimator.md). An LSTM with 2 inputs and 1 unit has (2 + 1)·4 = 12 products per step.
/// </summary>
public sealed class RecurrentCostRuleTests
{
    // 0.3 at ap_fixed<16,6> is 307 = 0b100110011: a real multiplier (neither 0, ±2^k nor narrow).
    private static LstmOp Lstm() => new(
        HandBuilt.Tensor([2, 4], Enumerable.Repeat(0.3f, 8).ToArray()),
        HandBuilt.Tensor([1, 4], Enumerable.Repeat(0.3f, 4).ToArray()),
        HandBuilt.Tensor([4], new float[4]), HandBuilt.Tensor([4], new float[4]));

    [Fact]
    public void OneMultiplierPerProductOfAStepDividedByTheReuseFactor()
    {
        var (_, node) = HandBuilt.Single(Lstm(), new Shape(5, 2));
        Assert.Equal(12, new RecurrentCostRule<LstmOp>().Estimate(node, HandBuilt.Context()).Resources.Dsp);
        var (_, shared) = HandBuilt.Single(Lstm(), new Shape(5, 2), hardware: new LayerHardware(Strategy.Latency, 4));
        Assert.Equal(3, new RecurrentCostRule<LstmOp>().Estimate(shared, HandBuilt.Context()).Resources.Dsp); // ⌈12 / 4⌉
    }

    [Fact]
    public void StepsRunOneAfterAnotherSoTheLatencyGrowsWithTheSequenceAndTheMultipliersDoNot()
    {
        var (_, five) = HandBuilt.Single(Lstm(), new Shape(5, 2));
        var (_, ten) = HandBuilt.Single(Lstm(), new Shape(10, 2));
        var a = new RecurrentCostRule<LstmOp>().Estimate(five, HandBuilt.Context());
        var b = new RecurrentCostRule<LstmOp>().Estimate(ten, HandBuilt.Context());
        Assert.Equal(a.Resources.Dsp, b.Resources.Dsp);
        Assert.True(b.LatencyCycles > a.LatencyCycles, $"{b.LatencyCycles} vs {a.LatencyCycles}");
        Assert.Equal(2 * a.Ii, b.Ii);
    }
}
