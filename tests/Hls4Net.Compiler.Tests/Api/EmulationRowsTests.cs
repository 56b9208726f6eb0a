using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary>
/// <see cref="EmulationRunner.Rows"/>: one row per sample holding every graph output's values in output order, for one
/// output and for two (values worked out by hand: exact ap_fixed&lt;16,6&gt; codes through ReLU and a linear activation).
/// </summary>
public sealed class EmulationRowsTests
{
    private static Graph TwoOutputs(bool both)
    {
        var g = new Graph("two");
        var x = new Value("x", new Shape(3)) { Type = FixedType.Parse("ap_fixed<16,6>") };
        g.Inputs.Add(x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), x);
        relu.Output.Type = FixedType.Parse("ap_fixed<16,6>");
        g.Outputs.Add(relu.Output);
        if (both)
        {
            var linear = g.Add("linear", new ActivationOp(ActivationKind.Linear), x);
            linear.Output.Type = FixedType.Parse("ap_fixed<8,3>");
            g.Outputs.Add(linear.Output);
        }
        return g;
    }

    [Fact]
    public void RowsJoinTheOutputsOfEachSampleInOutputOrder()
    {
        var samples = new SampleSet([1.5, -2, 0.25, -0.5, 3, 2.125], width: 3, "hand");
        var runner = new EmulationRunner(threads: 1);

        var one = EmulationRunner.Rows(runner.Run(TwoOutputs(both: false), samples));
        Assert.Equal(2, one.Count);
        Assert.Equal([1.5, 0, 0.25], one[0]);
        Assert.Equal([0, 3, 2.125], one[1]);

        var two = EmulationRunner.Rows(runner.Run(TwoOutputs(both: true), samples));
        Assert.Equal([1.5, 0, 0.25, 1.5, -2, 0.25], two[0]);
        Assert.Equal([0, 3, 2.125, -0.5, 3, 2.125], two[1]);
    }
}
