using Hls4Net.Backends.Vitis.Tests.Project;
using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Semantics;

/// <summary>
/// Issue 11, graph-level rules of hls4ml semantics, with values derived by hand: with a model-wide precision a batch norm
/// and an ONNX bias Add stay layers of their own after the Dense, so the Dense's output saturates in its result type before
/// they apply; under exact semantics (or with an <c>auto</c> result) they fold into the Dense. Then the written projects'
/// g++ C simulation must agree with the emulator bit for bit, in io_parallel and io_stream.
/// </summary>
[StartsFirst(9)]
public sealed class Hls4mlGraphRulesCsimTests
{
    // Every type ap_fixed<8,4,AP_TRN,AP_SAT> (range [-8, 7.9375], step 1/16) except a wide accumulator ap_fixed<16,8>
    // (step 1/256), so that each Dense sums exactly and only its result type saturates.
    private const string Yaml = """
        HLSConfig:
          Model:
            Precision:
              default: ap_fixed<8,4,AP_TRN,AP_SAT>
              accum: ap_fixed<16,8>
        """;

    private static ProjectConfig Config(ArithmeticSemantics semantics, IoType io, string extra = "")
    {
        var config = new ProjectConfigLoader().LoadYaml(Yaml + "\n" + extra, "rules.yml");
        config.Semantics = semantics;
        config.IoType = io;
        config.ProjectName = "myproject";
        return config;
    }

    private static ConstTensor Tensor(int[] shape, params float[] data) => new(new Shape(shape), data);

    /// <summary>x[1] → Dense(w = [3, 1], b = [0, 0.5]) → BatchNorm(scale = [0.5, 2], shift = [0.25, -1]).</summary>
    private static Graph DenseBatchNorm(ProjectConfig config)
    {
        var g = new Graph("dense_bn");
        var x = new Value("x", new Shape(1));
        g.Inputs.Add(x);
        var fc = g.Add("fc", new DenseOp(Tensor([1, 2], 3, 1), Tensor([2], 0, 0.5f)), x);
        var bn = g.Add("bn", new BatchNormOp(Tensor([2], 0.5f, 2), Tensor([2], 0.25f, -1)), fc.Output);
        g.Outputs.Add(bn.Output);
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    /// <summary>ONNX-style x[1] → MatMul(w = [3, 1]) → Add(bias = [-2, 0.25]).</summary>
    private static Graph MatMulAdd(ProjectConfig config)
    {
        var g = new Graph("matmul_add");
        var x = new Value("x", new Shape(1));
        g.Inputs.Add(x);
        var mm = g.Add("mm", new MatMulOp(Tensor([1, 2], 3, 1)), x);
        var add = g.Add("add", new BiasAddOp(Tensor([2], -2, 0.25f)), mm.Output);
        g.Outputs.Add(add.Output);
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    private static double[] Emulate(Graph g, double x) =>
        new Interpreter(StandardOps.Create().Kernels()).Run(g, [x], 1).Outputs[0].SampleToDoubles(0);

    [Fact]
    public void Hls4mlKeepsTheBatchNormSoTheDenseSaturatesFirst()
    {
        var g = DenseBatchNorm(Config(ArithmeticSemantics.Hls4ml, IoType.IoParallel));

        Assert.Equal(["fc", "bn"], g.Nodes.Select(n => n.Name));
        // x = 3. Dense: [3·3 + 0, 3·1 + 0.5] = [9, 3.5]; 9 saturates in ap_fixed<8,4,AP_SAT> to 7.9375.
        // BatchNorm: 7.9375·0.5 + 0.25 = 4.21875, truncated to the 1/16 grid: 4.1875; 3.5·2 - 1 = 6.
        Assert.Equal([4.1875, 6], Emulate(g, 3));
    }

    [Theory]
    [InlineData(ArithmeticSemantics.Exact, "")]
    [InlineData(ArithmeticSemantics.Hls4ml, "  LayerName:\n    fc:\n      Precision:\n        result: auto\n")]
    public void FusedTheBatchNormScalesTheWeightsBeforeAnythingSaturates(ArithmeticSemantics semantics, string extra)
    {
        var g = DenseBatchNorm(Config(semantics, IoType.IoParallel, extra));

        Assert.Equal(["fc"], g.Nodes.Select(n => n.Name));
        // Fused: w' = [3·0.5, 1·2] = [1.5, 2], b' = [0·0.5 + 0.25, 0.5·2 - 1] = [0.25, 0].
        // x = 3: [4.5 + 0.25, 6 + 0] = [4.75, 6], both inside ap_fixed<8,4> and on its grid.
        Assert.Equal([4.75, 6], Emulate(g, 3));
    }

    [Fact]
    public void Hls4mlMakesTheOnnxAddABiasLayerSoTheDenseSaturatesFirst()
    {
        var g = MatMulAdd(Config(ArithmeticSemantics.Hls4ml, IoType.IoParallel));

        Assert.Equal(["mm", "add"], g.Nodes.Select(n => n.Name));
        // x = 3. Dense (zero bias): [9, 3]; 9 saturates to 7.9375. Bias layer: [7.9375 - 2, 3 + 0.25] = [5.9375, 3.25].
        Assert.Equal([5.9375, 3.25], Emulate(g, 3));
    }

    [Theory]
    [InlineData(ArithmeticSemantics.Exact, "")]
    [InlineData(ArithmeticSemantics.Hls4ml, "  LayerName:\n    mm:\n      Precision:\n        result: auto\n")]
    public void FoldedTheBiasIsSummedBeforeTheResultSaturates(ArithmeticSemantics semantics, string extra)
    {
        var g = MatMulAdd(Config(semantics, IoType.IoParallel, extra));

        Assert.Equal(["mm"], g.Nodes.Select(n => n.Name));
        // x = 3: the accumulator holds [9 - 2, 3 + 0.25] = [7, 3.25], inside ap_fixed<8,4>.
        Assert.Equal([7, 3.25], Emulate(g, 3));
    }

    [Theory]
    [InlineData(IoType.IoParallel, "bn")]
    [InlineData(IoType.IoStream, "bn")]
    [InlineData(IoType.IoParallel, "bias")]
    [InlineData(IoType.IoStream, "bias")]
    public void KeptBatchNormAndSplitBiasProjectsMatchTheEmulatorBitForBit(IoType io, string model)
    {
        var config = Config(ArithmeticSemantics.Hls4ml, io);
        var g = model == "bn" ? DenseBatchNorm(config) : MatMulAdd(config);
        Assert.Equal(2, g.Nodes.Count);
        // Inputs on both sides of saturation, negative values and values off the input grid (truncated on input).
        double[][] rows = [[3], [-1], [2.7], [-4.3], [0.06], [7.9], [-8], [1.03]];

        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var csim = CsimFlow.WriteAndSimulate(g, config, outDir, rows, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, [rows.Select(r => r[0]).ToArray()], rows.Length);

        var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, rows.Length);
        Assert.True(compared.Mismatches == 0, compared.First);
        Assert.Equal(model == "bn" ? [4.1875, 6] : new[] { 5.9375, 3.25 }, csim.Outputs[0]);
    }

    [Theory]
    [InlineData(IoType.IoParallel)]
    [InlineData(IoType.IoStream)]
    public void TinyMlpUnderHls4mlMatchesTheEmulatorBitForBit(IoType io)
    {
        // tiny_mlp.onnx: MatMul + Add + BatchNormalization + Tanh + MatMul + Add + Sigmoid. With a model-wide precision both
        // biases become bias layers and the batch norm stays a layer of its own.
        var config = new ProjectConfigLoader().LoadYaml("HLSConfig:\n  Model:\n    Precision: ap_fixed<10,3,AP_RND,AP_SAT>\n", "tiny.yml");
        config.Semantics = ArithmeticSemantics.Hls4ml;
        config.IoType = io;
        config.ProjectName = "myproject";
        var g = new ModelLoader().Load(RepoPaths.Sample("tiny_mlp.onnx"));
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        Assert.Equal(["BiasAdd", "BatchNormalization", "BiasAdd"], g.Nodes.Where(n => n.Op is BiasAddOp or BatchNormOp).Select(n => n.Op.Kind));

        var rng = new Random(11);
        var rows = Enumerable.Range(0, 40).Select(_ => Enumerable.Range(0, 8).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * 6, 4)).ToArray()).ToArray();
        using var dir = new TempDir();
        var outDir = dir.Sub("p");
        var csim = CsimFlow.WriteAndSimulate(g, config, outDir, rows, CsimFlow.Options(apTypesDir: Path.Combine(outDir, "firmware", "ap_types")));
        var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, [rows.SelectMany(r => r).ToArray()], rows.Length);

        var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, rows.Length);
        Assert.True(compared.Mismatches == 0, compared.First);
    }
}
