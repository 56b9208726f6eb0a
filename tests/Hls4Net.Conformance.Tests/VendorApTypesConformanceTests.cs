using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Verification;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Issue 20 item 1, the vendor-header lane: every conformance model also builds against Xilinx's open-source ap_types
/// (../shared/vendor/xilinx-ap-types, tests only) through <c>--ap-types</c>, as users with Vitis build, and must be
/// bit-exact with the emulator. One g++ build per model (configurations rotate over the models, so that each of the
/// suites' configurations is covered once), many samples per run. A counted skip when the vendor folder is absent.
/// The two big dense networks (dense_big_keras.onnx and KERAS_dense_16x100x100x100x100x100x5, about 42k weights each)
/// are in the slow lane: their C simulation loads the weights from firmware/weights/*.txt, so the build no longer
/// compiles tens of thousands of ap_fixed initializers (it did not finish in 20 minutes against Xilinx's headers before).
/// </summary>
[Trait("Lane", "Slow")]
public class VendorApTypesConformanceTests
{
    [VendorApTypesTheory]
    [InlineData("three_layer_keras", "fixed8_rnd_sat")]
    [InlineData("two_layer_keras", "mixed_resource")]
    [InlineData("two_layer_pytorch", "default")]
    [InlineData("three_layer_bn_keras", "fixed8_rnd_sat")]
    public void OnnxDenseModels(string model, string config)
    {
        var path = RepoPaths.OnnxModel(model);
        var overrides = config == "fixed8_rnd_sat" ? new ConfigOverrides { Precision = "ap_fixed<8,3,AP_RND,AP_SAT>" } : new ConfigOverrides();
        var graph = new ModelCompiler(Logger.None).Compile(new CompileRequest(path, null, null, new ConfigOverrides())).Graph;
        var yaml = config == "mixed_resource" ? new MixedConfigBuilder().Build(graph) : null;
        Check($"{model}/{config}", new ConformanceRunner().Run(path, null, yaml, overrides, SampleSet.Random(1000, graph.Inputs[0].Shape.Size, seed: 42), VendorOptions), 1000);
    }

    [VendorApTypesTheory]
    [InlineData("KERAS_3layer.json", "KERAS_3layer_70pruned_retrained_weights.h5")]
    [InlineData("KERAS_3layer_binary_smaller.json", "KERAS_3layer_binary_smaller_weights.h5")]
    [InlineData("qkeras_mnist_dense.json", "qkeras_mnist_dense_weights.h5")]
    [InlineData("KERAS_conv1d_small.json", "KERAS_conv1d_small_weights.h5")]
    [InlineData("KERAS_conv2d_model.json", "KERAS_conv2d_model_weights.h5")]
    public void KerasModels(string json, string h5)
    {
        var model = RepoPaths.KerasModel(json);
        var weights = RepoPaths.KerasModel(h5);
        var width = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, weights, null, new ConfigOverrides())).Graph.Inputs[0].Shape.Size;
        var count = json.StartsWith("KERAS_conv", StringComparison.Ordinal) ? 500 : 1000;
        Check(json, new ConformanceRunner().Run(model, weights, null, new ConfigOverrides(), SampleSet.Random(count, width, seed: 11), VendorOptions), count);
    }

    [VendorApTypesTheory]
    [InlineData("branch_merge", "io_stream")]
    [InlineData("pad_stride2", "io_stream")]
    public void BuiltGraphs(string graph, string ioType)
    {
        var path = BuiltGraphConformanceTests.WriteModel(graph, Directory.CreateTempSubdirectory("hls4net-vendor-").FullName);
        try
        {
            var result = new ConformanceRunner().Run(path, null, null, new ConfigOverrides { IoType = ioType }, SampleSet.Random(500, 2 * 8 * 8, seed: 23), VendorOptions);
            Check($"{graph}/{ioType}", result, 500);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [VendorApTypesTheory]
    [InlineData("jet_mlp.onnx", 16, "narrow")]
    [InlineData("tiny_mlp.onnx", 8, "default")]
    public void Samples(string sample, int width, string config)
    {
        var overrides = config == "narrow" ? new ConfigOverrides { Precision = "ap_fixed<10,4,AP_RND_CONV,AP_SAT>", Strategy = "Resource", ReuseFactor = 2 } : new ConfigOverrides();
        var result = new ConformanceRunner().Run(RepoPaths.Sample(sample), null, null, overrides, SampleSet.Random(1000, width, seed: 17, scale: 2), VendorOptions);
        Check($"{sample}/{config}", result, 1000);
    }

    [VendorApTypesTheory]
    [InlineData("dense_big_keras.onnx", null)]
    [InlineData("KERAS_dense_16x100x100x100x100x100x5.json", "KERAS_dense_16x100x100x100x100x100x5_weights.h5")]
    public void BigDenseModels(string model, string? h5)
    {
        var path = h5 is null ? RepoPaths.OnnxModel(Path.GetFileNameWithoutExtension(model)) : RepoPaths.KerasModel(model);
        var weights = h5 is null ? null : RepoPaths.KerasModel(h5);
        const int count = 200;
        Check(model, new ConformanceRunner().Run(path, weights, null, new ConfigOverrides(), SampleSet.Random(count, 16, seed: 29, scale: 2), VendorOptions), count);
    }

    private static void Check(string what, ConformanceResult result, int samples)
    {
        Assert.True(result.Report.AllBitExact,
            $"{what} against Xilinx's ap_types: {result.Report.BitExactSamples}/{result.Report.Samples} bit-exact; {result.Report.FirstMismatch}");
        Assert.Equal(samples, result.Report.Samples);
    }

    /// <summary>
    /// The way users build with Xilinx's headers (no -Werror, our bundled folder after theirs), at -O0: their headers
    /// compile several times slower than ours, and the bits do not depend on the optimization level.
    /// </summary>
    private static CsimOptions VendorOptions => CsimFlow.Options(VendorApTypes.IncludeDir, optimizationLevel: 0, warningsAsErrors: false);
}
