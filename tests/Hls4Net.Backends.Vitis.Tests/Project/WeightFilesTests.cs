using Hls4Net.Backends.Cpp.Build;
using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Backends.Vitis.Emitters;
using Hls4Net.Backends.Vitis.Project;
using Hls4Net.Core.Numerics;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Project;

/// <summary>
/// Issue 15 item 3: C simulation loads the weight arrays from firmware/weights/*.txt (as hls4ml's WriteWeightsTxt does),
/// synthesis keeps the initializers; arrays too wide for an exact double keep their initializers everywhere.
/// </summary>
public sealed class WeightFilesTests
{
    private static string Write(TempDir dir, IReadOnlyList<double[]>? inputs)
    {
        var outDir = dir.Sub("out");
        new VitisBackend(TestGraphs.Emitters()).Write(TestGraphs.SingleLayer(), TestGraphs.Config(), outDir, false, inputs);
        return outDir;
    }

    // Every case writes the same project and changes only firmware/weights/*.txt, which the testbench reads at start-up
    // and the build key leaves out (CsimRunner.WeightTextFilter): the cases share one g++ build through the test cache.
    private static CsimResult Run(string outDir) =>
        new CsimRunner().Run(outDir, options: CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));

    [Fact]
    public void The_text_file_holds_the_synthesis_initializer_values_and_csim_reads_them()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, null);
        var header = File.ReadAllText(Path.Combine(outDir, "firmware", "weights", "dense_1_b.h"));
        var text = File.ReadAllText(Path.Combine(outDir, "firmware", "weights", "dense_1_b.txt"));
        // TestGraphs.Bias in ap_fixed<8,3>: every value is exact.
        Assert.Equal("0.5, -1.25, 3.875, -4.0\n", text);
        Assert.Contains("#ifndef __SYNTHESIS__\n", header);
        Assert.Contains("dense_1_bias_t dense_1_b[4];\n#else\ndense_1_bias_t dense_1_b[4] = {\n    0.5, -1.25, 3.875, -4.0\n};\n#endif\n", header);
        Assert.Contains("nnet::load_weights_txt(dense_1_b, \"dense_1_b.txt\");", File.ReadAllText(Path.Combine(outDir, "firmware", "myproject.cpp")));
        // One sample of zeros: the output is the bias, so the loaded values are the file's.
        Assert.Equal([[0.5, -1.25, 3.875, -4.0]], Run(outDir).Outputs);
    }

    [Fact]
    public void Csim_uses_the_file_not_a_compiled_in_copy()
    {
        using var dir = new TempDir();
        var outDir = Write(dir, null);
        File.WriteAllText(Path.Combine(outDir, "firmware", "weights", "dense_1_b.txt"), "1.0, 2.0,\n-3.0, 0.125\n");
        Assert.Equal([[1.0, 2.0, -3.0, 0.125]], Run(outDir).Outputs);
    }

    [Theory]
    [InlineData(null, "weight file dense_1_b.txt not found in firmware/weights or weights")]
    [InlineData("0.5, -1.25, 3.875\n", "weight file firmware/weights/dense_1_b.txt holds 3 values, expected 4")]
    [InlineData("0.5, -1.25, 3.875, -4.0, 1.0\n", "weight file firmware/weights/dense_1_b.txt holds more than the 4 values of its array")]
    [InlineData("0.5, -1.25, x3.875, -4.0\n", "weight file firmware/weights/dense_1_b.txt: value 3 is not a number")]
    [InlineData("0.5, -1.25, 3.875q, -4.0\n", "weight file firmware/weights/dense_1_b.txt: value 3 is not a number")]
    [InlineData("0.5, nan, 3.875, -4.0\n", "weight file firmware/weights/dense_1_b.txt: value 2 is not a number")]
    public void A_missing_or_malformed_weight_file_stops_the_simulation_with_one_clear_line(string? content, string message)
    {
        using var dir = new TempDir();
        var outDir = Write(dir, [[0, 0, 0, 0]]);
        var file = Path.Combine(outDir, "firmware", "weights", "dense_1_b.txt");
        if (content is null) File.Delete(file);
        else File.WriteAllText(file, content);
        var e = Assert.Throws<CsimException>(() => Run(outDir));
        Assert.Equal($"C simulation testbench failed (exit code 1): ERROR: {message}", e.Message);
    }

    [Fact]
    public void Types_of_at_most_53_bits_are_loaded_and_wider_ones_keep_their_initializers()
    {
        var narrow = new FixedType(53, 3, true);
        var wide = new FixedType(54, 3, true);
        Assert.True(WeightHeaderWriter.Model(new WeightArray("a", "a_t", narrow, [narrow.MaxRawInt64, narrow.MinRawInt64, 1])).FromFile);
        var w = WeightHeaderWriter.Model(new WeightArray("b", "b_t", wide, [1L << 52, 3]));
        Assert.False(w.FromFile);
        // The decision is per type, so a header never mixes both forms: 2.0 is a double, yet its 54-bit array is not loaded.
        Assert.Equal("2.0", w.Lines[0].Split(", ")[0]);
    }
}
