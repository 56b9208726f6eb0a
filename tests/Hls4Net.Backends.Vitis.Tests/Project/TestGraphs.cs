using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Core.Config;
using Hls4Net.Core.Handlers;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>Small graphs built from the test-only ops.</summary>
public static class TestGraphs
{
    /// <summary>ap_fixed&lt;16,6&gt;: 10 fractional bits, truncation, wrap-around.</summary>
    public static readonly FixedType Data = new(16, 6, true);

    public static readonly double[] Bias = [0.5, -1.25, 3.875, -4.0];

    public static OpHandlerSet<ILayerEmitter> Emitters() => new OpHandlerSet<ILayerEmitter>().Add(new TestAddBiasEmitter()).Add(new TestAddEmitter());

    public static ProjectConfig Config(string name = "myproject") => new() { ProjectName = name };

    /// <summary>input "input 1"[4] -> "dense/1" = x + Bias -> output.</summary>
    public static Graph SingleLayer()
    {
        var g = new Graph("single");
        var x = new Value("input 1", new Shape(4)) { Type = Data };
        g.Inputs.Add(x);
        var n = g.Add("dense/1", new TestAddBiasOp(Bias), x);
        n.Output.Type = Data;
        g.Outputs.Add(n.Output);
        return g;
    }

    /// <summary>
    /// Two inputs a[4], b[4]; "class" = a + Bias; "sum" = class + b. Outputs: sum (written directly) and
    /// class (also read by "sum", so copied into its port).
    /// </summary>
    public static Graph TwoInTwoOut()
    {
        var g = new Graph("two");
        var a = new Value("a", new Shape(2, 2)) { Type = Data };
        var b = new Value("b", new Shape(4)) { Type = new FixedType(12, 4, true) };
        g.Inputs.Add(a);
        g.Inputs.Add(b);
        var biased = g.Add("class", new TestAddBiasOp(Bias), a);
        biased.Output.Type = Data;
        var sum = g.Add("sum", new TestAddOp(), biased.Output, b);
        sum.Output.Type = new FixedType(10, 4, true);
        g.Outputs.Add(sum.Output);
        g.Outputs.Add(biased.Output);
        return g;
    }
}
