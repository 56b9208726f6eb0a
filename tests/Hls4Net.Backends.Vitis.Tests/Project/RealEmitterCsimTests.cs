using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>A project built with a real layer emitter from the op packages (<c>StandardOps</c>), checked against the emulator bit for bit.</summary>
public sealed class RealEmitterCsimTests
{
    [Fact]
    public void Sigmoid_table_project_matches_the_emulator_bit_for_bit()
    {
        var data = new FixedType(16, 6, true);
        var g = new Graph("sig");
        var x = new Value("x", new Shape(8)) { Type = data };
        g.Inputs.Add(x);
        var n = g.Add("act", new ActivationOp(ActivationKind.Sigmoid), x);
        n.Output.Type = data;
        n.Precision = new LayerPrecision(Table: new FixedType(18, 8, true), TableSize: 1024);
        g.Outputs.Add(n.Output);
        double[][] inputs = [[-9, -8, -1.5, -0.001, 0, 0.3, 4.2, 7.99], [31.9, -32, 0.5, -0.5, 2, -2, 6, -6]];

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(StandardOps.Create().Emitters()).Write(g, TestGraphs.Config(), outDir, false, inputs);
        var csim = CsimFlow.Simulate(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));

        var raw = inputs.SelectMany(r => r.Select(v => FixedMath.FromDouble(v, data))).ToArray();
        var expected = new TableActivationKernel().Run(n, [new FixedTensor(data, x.Shape, inputs.Length, raw)], new OverflowCounter());
        Assert.Equal(inputs.Length, csim.Outputs.Count);
        for (var b = 0; b < inputs.Length; b++) Assert.Equal(expected.SampleToDoubles(b), csim.Outputs[b]);
    }
}
