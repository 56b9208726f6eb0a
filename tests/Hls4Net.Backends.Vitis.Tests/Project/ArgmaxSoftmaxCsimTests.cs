using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>hls4ml's argmax softmax: the generated C++ (g++ C simulation) and the emulator agree bit for bit.</summary>
public sealed class ArgmaxSoftmaxCsimTests
{
    [Fact]
    public void Argmax_softmax_project_matches_the_emulator_bit_for_bit()
    {
        var data = new FixedType(16, 6, true);
        // Two rows of 4 per sample; a result type that cannot hold 1.0, so res_T(1) saturates in both.
        var result = FixedType.Parse("ap_fixed<8,1,AP_RND,AP_SAT>");
        var g = new Graph("am");
        var x = new Value("x", new Shape(2, 4)) { Type = data };
        g.Inputs.Add(x);
        var n = g.Add("sm", new SoftmaxOp(argmax: true), x);
        n.Output.Type = result;
        g.Outputs.Add(n.Output);
        double[][] inputs =
        [
            [-1, 0.5, 3, 0.25, 2, 2, -7, 1.5],        // max at 2; a tie between 0 and 1 (the first wins)
            [-9, -8.5, -8.5, -31, 0.001, 0, 0.0009, 0], // negatives with a tie; values one LSB apart
            [4, 4, 4, 4, 31.99, -32, 31.99, 5],
        ];

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(StandardOps.Create().Emitters()).Write(g, TestGraphs.Config(), outDir, false, inputs);
        var csim = new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"), warningsAsErrors: false));

        var raw = inputs.SelectMany(r => r.Select(v => FixedMath.FromDouble(v, data))).ToArray();
        var expected = new SoftmaxKernel().Run(n, [new FixedTensor(data, x.Shape, inputs.Length, raw)], new OverflowCounter());
        Assert.Equal(inputs.Length, csim.Outputs.Count);
        for (var b = 0; b < inputs.Length; b++) Assert.Equal(expected.SampleToDoubles(b), csim.Outputs[b]);
        // Each row is one-hot with 127/128 (saturated 1.0) at the first maximum.
        Assert.Equal([0, 0, 127 / 128.0, 0, 127 / 128.0, 0, 0, 0], csim.Outputs[0]);
    }
}
