using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// The exact print of wide outputs also works with Xilinx's ap_types (../shared/vendor/xilinx-ap-types, test use only):
/// an ap_fixed&lt;100,40&gt; Dense project compiled against them (without -Werror: their headers warn) prints the
/// emulator's bits. Xilinx ships no hls_stream.h, so the project's own copy is put in a folder of its own.
/// </summary>
public sealed class WideXilinxHeadersTests
{
    [SharedModelFact]
    [Trait("Lane", "Slow")]
    public void Wide_output_printed_with_xilinx_headers_matches_the_emulator()
    {
        var xilinx = Path.Combine(RepoPaths.SharedDir, "vendor", "xilinx-ap-types", "include");
        var wide = FixedType.Parse("ap_fixed<100,40>");
        var rng = new Random(21);
        var g = new Graph("widex");
        var x = new Value("x", new Shape(5)) { Type = wide };
        g.Inputs.Add(x);
        var w = Enumerable.Range(0, 15).Select(_ => (float)(rng.NextDouble() * 8 - 4)).ToArray();
        var d = g.Add("d", new DenseOp(new ConstTensor(new Shape(5, 3), w), new ConstTensor(new Shape(3), [0.5f, -0.25f, 3f])), x);
        d.Output.Type = wide;
        d.Precision = new LayerPrecision(Weight: wide, Bias: wide, Accum: FixedType.Parse("ap_fixed<120,45>"));
        g.Outputs.Add(d.Output);
        const int batch = 6;
        var rows = Enumerable.Range(0, batch).Select(_ => Enumerable.Range(0, 5).Select(_ => rng.NextDouble() * 2e6 - 1e6).ToArray()).ToArray();
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, rows.SelectMany(r => r).ToArray(), batch);

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        new VitisBackend(StandardOps.Create().Emitters()).Write(g, TestGraphs.Config(), outDir, false, rows);
        var streamDir = Directory.CreateDirectory(Path.Combine(dir.Sub("s"))).FullName;
        File.Copy(Path.Combine(outDir, "firmware", "ap_types", "hls_stream.h"), Path.Combine(streamDir, "hls_stream.h"));
        var exe = Path.Combine(outDir, "tb.out");
        var build = ProcessRunner.Run("g++", ["-std=c++14", "-O1", "-w", "-I", Path.Combine(outDir, "firmware"), "-I", xilinx, "-I", streamDir,
            Path.Combine(outDir, "myproject_test.cpp"), Path.Combine(outDir, "firmware", "myproject.cpp"), "-o", exe], outDir, TimeSpan.FromMinutes(5));
        Assert.True(build.ExitCode == 0, build.StdErr);
        var run = ProcessRunner.Run(exe, [], outDir, TimeSpan.FromMinutes(1));
        Assert.True(run.ExitCode == 0, run.StdErr + run.StdOut);

        var values = CsimLogParser.ParseValues(File.ReadAllText(Path.Combine(outDir, "tb_data", "csim_results.log")), "log");
        Assert.Equal(batch, values.Count);
        var negatives = 0;
        for (var b = 0; b < batch; b++)
        {
            for (var i = 0; i < 3; i++)
            {
                var raw = emulated.Outputs[0].At(b * 3 + i);
                Assert.True(values[b][i].IsExact);
                Assert.True(values[b][i].Matches(raw, wide), $"sample {b + 1} column {i + 1}: emulator raw {raw}, Xilinx C simulation {values[b][i]}");
                if (raw.Sign < 0) negatives++;
            }
        }
        Assert.True(negatives > 0);
    }
}
