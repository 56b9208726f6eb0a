using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Ir;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

public sealed class VitisBackendTests
{
    private static readonly string[] LayoutFiles =
    [
        "build_prj.tcl", "project.tcl", "vivado_synth.tcl", "hls4ml_config.yml", "README.md", "myproject_test.cpp",
        "firmware/myproject.cpp", "firmware/myproject.h", "firmware/defines.h", "firmware/parameters.h",
        "firmware/weights/dense_1_b.h", "firmware/ap_types/ap_fixed.h", "firmware/ap_types/ap_int.h",
        "firmware/nnet_utils/nnet_activation_table.h", "tb_data/tb_input_features.dat",
    ];

    [Fact]
    public void The_project_has_the_documented_layout()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, "out", [[0, 0, 0, 0]]);
        foreach (var f in LayoutFiles) Assert.True(File.Exists(Path.Combine(outDir, f)), f);
        var top = File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp"));
        Assert.Contains("void myproject(", top);
        Assert.Contains("input_t input_1[N_INPUT_1],", top);
        Assert.Contains("result_t layer2_out[N_OUTPUT_1]", top);
        Assert.Contains("#pragma HLS ARRAY_RESHAPE variable=input_1 complete dim=0", top);
        Assert.Contains("#pragma HLS ARRAY_PARTITION variable=layer2_out complete dim=0", top);
        Assert.Contains("#pragma HLS INTERFACE ap_vld port=input_1,layer2_out", top);
        Assert.Contains("#pragma HLS PIPELINE", top);
        var defines = File.ReadAllText(Path.Combine(outDir, "firmware", "defines.h"));
        Assert.Contains("typedef ap_fixed<16,6> input_t;", defines);
        Assert.Contains("typedef ap_fixed<16,6> layer2_t;", defines);
        Assert.Contains("typedef ap_fixed<8,3> dense_1_bias_t;", defines);
        Assert.Contains("typedef ap_fixed<16,6> result_t;", defines);
        Assert.Contains("#define N_LAYER_2 4", defines);
        var weights = File.ReadAllText(Path.Combine(outDir, "firmware", "weights", "dense_1_b.h"));
        Assert.Contains("dense_1_b[4] = {\n    0.5, -1.25, 3.875, -4.0\n};", weights);
        var yml = File.ReadAllText(Path.Combine(outDir, "hls4ml_config.yml"));
        Assert.Contains("ProjectName: myproject", yml);
        Assert.Contains("dense/1:", yml);
        Assert.Contains("set part \"xcvu9p-flgb2104-2-e\"", File.ReadAllText(Path.Combine(outDir, "project.tcl")));
        Assert.Equal("0 0 0 0\n", File.ReadAllText(Path.Combine(outDir, "tb_data", "tb_input_features.dat")));
    }

    [Fact]
    public void Writing_twice_gives_byte_identical_files()
    {
        using var dir = new TempDir();
        double[][] inputs = [[0.1, -0.2, 1e-9, 12345.678], [1, 2, 3, 4]];
        var a = Write(dir, "a", inputs);
        var b = Write(dir, "b", inputs);
        var filesA = Files(a);
        Assert.Equal(filesA, Files(b));
        foreach (var f in filesA) Assert.Equal(File.ReadAllBytes(Path.Combine(a, f)), File.ReadAllBytes(Path.Combine(b, f)));
        foreach (var f in filesA.Where(f => !f.StartsWith("firmware/ap_types", StringComparison.Ordinal) && !f.StartsWith("firmware/nnet_utils", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain("\r", File.ReadAllText(Path.Combine(a, f)));
        }
    }

    [Fact]
    public void Test_inputs_are_written_as_round_trip_doubles()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, "out", [[0.1, -2.5e-300, 1e20, 1.0 / 3]]);
        var line = File.ReadAllText(Path.Combine(outDir, "tb_data", "tb_input_features.dat"));
        Assert.Equal("0.1 -2.5E-300 1E+20 0.3333333333333333\n", line);
    }

    [Fact]
    public void Csim_of_a_single_layer_project_matches_the_hand_calculation()
    {
        // The product's default options (-O2, no build cache, no precompiled header); the other C simulations of this
        // project share one cached build (CsimFlow.Options).
        using var dir = new TempDir();
        // ap_fixed<16,6>: inputs truncated to 1/1024 steps; bias ap_fixed<8,3>; the exact sum wraps into [-32, 32).
        var outDir = Write(dir, "out", [[0.3, -0.3, 10.1, -27.99], [0, 0, 31.0, -30.0]]);
        var result = new CsimRunner().Run(outDir, options: new CsimOptions { ApTypesDir = Path.Combine(outDir, "firmware", "ap_types"), WarningsAsErrors = true });
        Assert.Equal(2, result.Outputs.Count);
        // 307/1024 + 0.5; -308/1024 - 1.25; 10342/1024 + 3.875; -28662/1024 - 4
        Assert.Equal([0.7998046875, -1.55078125, 13.974609375, -31.990234375], result.Outputs[0]);
        // 0.5; -1.25; 34.875 wraps to -29.125; -34 wraps to 30
        Assert.Equal([0.5, -1.25, -29.125, 30.0], result.Outputs[1]);
        Assert.Equal("0.7998046875 -1.55078125 13.974609375 -31.990234375",
            File.ReadAllLines(result.LogPath)[0]);
    }

    [Fact]
    public void Csim_without_an_input_file_runs_one_sample_of_zeros()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, "out", null);
        var result = new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        Assert.Equal([[0.5, -1.25, 3.875, -4.0]], result.Outputs);
    }

    [Fact]
    public void Csim_with_two_inputs_and_two_outputs_matches_the_hand_calculation()
    {
        using var dir = new TempDir();
        var outDir = dir.Sub("two");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.TwoInTwoOut(), TestGraphs.Config("two_io"), outDir, false, null);
        var top = File.ReadAllText(Path.Combine(outDir, "firmware", "two_io.cpp"));
        Assert.Contains("input_t a[N_INPUT_1],", top);
        Assert.Contains("input2_t b[N_INPUT_2],", top);
        Assert.Contains("result_t layer4_out[N_OUTPUT_1],", top);
        Assert.Contains("result2_t output_2[N_OUTPUT_2]", top);
        var input = Path.Combine(dir.Path, "in.dat");
        File.WriteAllText(input, "1.0 2.0 -3.0 0.1 0.25 -0.5 7.9 0.7\n");
        var result = new CsimRunner().Run(outDir, input, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        // class = a + bias into ap_fixed<16,6>: 1.5, 0.75, 0.875, 102/1024 - 4.
        // b into ap_fixed<12,4>: 0.25, -0.5, 2022/256, 179/256. sum into ap_fixed<10,4> (1/64 steps, wraps in [-8, 8)):
        // 1.75; 0.25; 8.7734375 -> 561/64 = 8.765625 -> -7.234375; -3.201171875 -> -205/64 = -3.203125.
        Assert.Equal([[1.75, 0.25, -7.234375, -3.203125, 1.5, 0.75, 0.875, -3.900390625]], result.Outputs);
    }

    [Fact]
    public void Csim_reports_a_missing_compiler_clearly()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, "out", null);
        var e = Assert.Throws<CompilerNotFoundException>(() => new CsimRunner().Run(outDir, options: new CsimOptions
        {
            Compiler = "hls4net-no-such-gxx",
            ApTypesDir = Path.Combine(outDir, "firmware", "ap_types"),
        }));
        Assert.Contains("not found on PATH", e.Message);
        Assert.Contains("apt-get install -y g++", e.Message);
    }

    [Fact]
    public void Csim_reports_compile_errors_with_the_compiler_output()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, "out", null);
        File.AppendAllText(Path.Combine(outDir, "firmware", "myproject.cpp"), "\nthis is not C++;\n");
        var e = Assert.Throws<CsimException>(() => new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types"))));
        Assert.Contains("build failed", e.Message);
        Assert.Contains("myproject.cpp", e.Message);
    }

    [Fact]
    public void Odd_names_become_valid_identifiers_and_compile()
    {
        using var dir = new TempDir();
        var g = new Graph("odd");
        var x = new Value("1st input", new Shape(4)) { Type = TestGraphs.Data };
        g.Inputs.Add(x);
        var n1 = g.Add("class", new TestAddBiasOp(TestGraphs.Bias), x);
        n1.Output.Type = TestGraphs.Data;
        var n2 = g.Add("Class", new TestAddBiasOp(TestGraphs.Bias), n1.Output);
        n2.Output.Type = TestGraphs.Data;
        g.Outputs.Add(n2.Output);
        var outDir = dir.Sub("odd");
        new VitisBackend(TestGraphs.Emitters()).Write(g, TestGraphs.Config(), outDir, false, [[1, 1, 1, 1]]);
        Assert.True(File.Exists(Path.Combine(outDir, "firmware", "weights", "class__b.h")));
        Assert.True(File.Exists(Path.Combine(outDir, "firmware", "weights", "Class_b.h")));
        var result = new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        Assert.Equal([[2.0, -1.5, 8.75, -7.0]], result.Outputs);
    }

    [Fact]
    public void Invalid_project_names_and_io_stream_are_one_line_errors()
    {
        using var dir = new TempDir();
        var backend = new VitisBackend(TestGraphs.Emitters());
        var e1 = Assert.Throws<VitisBackendException>(() => backend.Write(TestGraphs.SingleLayer(), TestGraphs.Config("my-project"), dir.Sub("a"), false, null));
        Assert.Contains("ProjectName 'my-project'", e1.Message);
        var config = TestGraphs.Config();
        config.IoType = IoType.IoStream;
        // The test-only emitters have no io_stream implementation: refused with the layer's name and op.
        var e2 = Assert.Throws<VitisBackendException>(() => backend.Write(TestGraphs.SingleLayer(), config, dir.Sub("b"), false, null));
        Assert.Contains("layer 'dense/1' (", e2.Message);
        Assert.Contains("is not supported with io_stream yet", e2.Message);
        var e3 = Assert.Throws<VitisBackendException>(() => backend.Write(TestGraphs.SingleLayer(), TestGraphs.Config(), dir.Sub("c"), false, [[1, 2, 3]]));
        Assert.Contains("expected 4 values, got 3", e3.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(dir.Path));
    }

    private static string Write(TempDir dir, string name, IReadOnlyList<double[]>? inputs)
    {
        var outDir = dir.Sub(name);
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, inputs);
        return outDir;
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
}
