using Hls4Net.Core.Ir;
using Hls4Net.Estimation;
using Hls4Net.Tuning;

namespace Hls4Net.Compiler.Tests.Tuning;

/// <summary>The selector on hand-made layer costs whose best selection is worked out by hand.</summary>
public sealed class ReuseSelectorTests
{
    private static ChoiceCost C(int rf, long dsp, long latency, long ii = 1, long lut = 0) =>
        new(new ReuseChoice(Strategy.Resource, rf), new ResourceCost(dsp, lut, 0, 0, 0), latency, ii);

    private static readonly IReadOnlyList<IReadOnlyList<ChoiceCost>> Layers =
    [
        [C(1, 100, 2), C(2, 50, 4, 2), C(4, 25, 8, 4)],
        [C(1, 60, 3), C(3, 20, 9, 3)],
    ];

    private static ReuseLimits Limits(double? dsp = null, double? latency = null) => new(dsp, null, null, null, latency, 1, 0, 0, 0);

    [Fact]
    public void TheLowestLatencyWithinTheDspBudgetIsChosen()
    {
        // Fixed part 10 DSP, 1 cycle. Budget 100 DSP: the selections within it are 10+50+20 = 80 DSP (1+4+9 = 14 cycles),
        // 10+25+60 = 95 (1+8+3 = 12) and 10+25+20 = 55 (18); the others take 120 DSP or more. The best is RF 4 on
        // layer 0 and RF 1 on layer 1 (95 DSP, 12 cycles).
        var selector = new ReuseSelector(Limits(dsp: 100), ReuseObjective.Latency, stream: false);
        var (best, feasible) = selector.Select(Layers, new ResourceCost(10, 0, 0, 0, 0), 1, 1);
        Assert.True(feasible);
        Assert.Equal([2, 0], best.Picks);
        Assert.Equal(95, best.Resources.Dsp);
        Assert.Equal(12, selector.Latency(best));
    }

    [Fact]
    public void TheFewestResourcesWithinTheLatencyBudgetAreChosen()
    {
        // Latency budget 14 cycles: 2+3 = 5 cycles 160 DSP, 2+9 = 11 120, 4+3 = 7 110, 4+9 = 13 70, 8+3 = 11 85, 8+9 = 17
        // too slow: the fewest DSP within 14 cycles is layer 0 RF 2 and layer 1 RF 3 (70 DSP).
        var selector = new ReuseSelector(Limits(latency: 14), ReuseObjective.Resources, stream: false);
        var (best, feasible) = selector.Select(Layers, ResourceCost.Zero, 0, 1);
        Assert.True(feasible);
        Assert.Equal([1, 1], best.Picks);
        Assert.Equal(70, best.Resources.Dsp);
    }

    [Fact]
    public void AnInfeasibleBudgetGivesTheClosestSelection()
    {
        // 40 DSP is below every selection (the fewest is 25 + 20 = 45): the closest is that one, 45/40 = 1.125 over.
        var selector = new ReuseSelector(Limits(dsp: 40), ReuseObjective.Latency, stream: false);
        var (best, feasible) = selector.Select(Layers, ResourceCost.Zero, 0, 1);
        Assert.False(feasible);
        Assert.Equal([2, 1], best.Picks);
        Assert.Equal(1.125, selector.Overshoot(best), 12);
    }

    [Fact]
    public void InAStreamTheLatencyIsTheFillDepthsPlusTheSlowestIi()
    {
        // io_stream: fill = latency - II + 1 per layer; layer 0 RF 2 (4 cycles, II 2) fills 3, layer 1 RF 1 fills 3:
        // 3 + 3 + (II 2 - 1) = 7 cycles.
        var selector = new ReuseSelector(Limits(), ReuseObjective.Latency, stream: true);
        var (best, _) = selector.Select([[Layers[0][1]], [Layers[1][0]]], ResourceCost.Zero, 0, 1);
        Assert.Equal(7, selector.Latency(best));
    }
}
