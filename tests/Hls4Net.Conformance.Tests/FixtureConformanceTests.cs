using Hls4Net.Verification;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// The repository's own fixtures (tests/fixtures, no ../shared needed): every import flow (ONNX dense, ONNX conv from
/// Keras and PyTorch exporters, Keras JSON + H5) is bit-exact between the emulator and the g++ C simulation, and each
/// Keras model imports to the same network as its ONNX twin. Bit-exactness holds under both semantics (docs/hls4ml-differences.md).
/// </summary>
[StartsFirst(3)]
public sealed class FixtureConformanceTests
{
    [Theory]
    [InlineData("dense_keras.onnx", null, "default", "hls4ml")]
    [InlineData("dense_keras.json", "dense_keras_weights.h5", "narrow", "hls4ml")]
    [InlineData("conv1d_keras.onnx", null, "narrow", "hls4ml")]
    [InlineData("conv1d_keras.json", "conv1d_keras_weights.h5", "default", "hls4ml")]
    [InlineData("conv2d_pytorch.onnx", null, "default", "hls4ml")]
    [InlineData("dense_keras.onnx", null, "default", "exact")]
    [InlineData("dense_keras.json", "dense_keras_weights.h5", "narrow", "exact")]
    [InlineData("conv1d_keras.onnx", null, "narrow", "exact")]
    [InlineData("conv1d_keras.json", "conv1d_keras_weights.h5", "default", "exact")]
    [InlineData("conv2d_pytorch.onnx", null, "default", "exact")]
    public void FixturesAreBitExactAgainstCsim(string model, string? weights, string config, string semantics)
    {
        var overrides = config == "narrow"
            ? new ConfigOverrides { Precision = "ap_fixed<10,4,AP_RND_CONV,AP_SAT>", Semantics = semantics }
            : new ConfigOverrides { Semantics = semantics };
        var path = RepoPaths.Fixture(model);
        var h5 = weights is null ? null : RepoPaths.Fixture(weights);
        var width = Compile(path, h5).Graph.Inputs[0].Shape.Size;

        var result = new ConformanceRunner().Run(path, h5, null, overrides, SampleSet.Random(300, width, seed: 29, scale: 2));

        Assert.Equal(300, result.Report.Samples);
        Assert.True(result.Report.AllBitExact, $"{model}/{config}/{semantics}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    [Theory]
    [InlineData("dense_keras")]
    [InlineData("conv1d_keras")]
    public void KerasFixtureImportsLikeItsOnnxTwin(string stem)
    {
        // Exact semantics: tf2onnx's bias Add folds into the Dense, as Keras keeps its bias inside. Under hls4ml semantics
        // the Add stays a bias layer, as in hls4ml's own ONNX path (docs/hls4ml-differences.md).
        var keras = Compile(RepoPaths.Fixture(stem + ".json"), RepoPaths.Fixture(stem + "_weights.h5"), "exact");
        var onnx = Compile(RepoPaths.Fixture(stem + ".onnx"), null, "exact");

        Assert.Equal(Kinds(onnx.Graph), Kinds(keras.Graph));
        var kw = Weighted(keras.Graph);
        var ow = Weighted(onnx.Graph);
        Assert.Equal(ow.Count, kw.Count);
        Assert.Equal(3, kw.Count); // dense: 3 Dense; conv1d: 2 Conv1D + 1 Dense
        for (var i = 0; i < kw.Count; i++)
        {
            Assert.Equal(ow[i].Weights.Shape, kw[i].Weights.Shape);
            Assert.Equal(ow[i].Weights.Data, kw[i].Weights.Data);
            Assert.Equal(ow[i].Bias.Data, kw[i].Bias.Data);
        }
        var samples = SampleSet.Random(500, keras.Graph.Inputs[0].Shape.Size, seed: 31);
        var a = new EmulationRunner().Run(keras.Graph, samples).Outputs.Single();
        var b = new EmulationRunner().Run(onnx.Graph, samples).Outputs.Single();
        Assert.Equal(b.Type, a.Type);
        Assert.Equal(b.Raw, a.Raw);
    }

    private static HlsDesign Compile(string model, string? weights, string? semantics = null) =>
        new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, weights, null, new ConfigOverrides { Semantics = semantics }));

    /// <summary>Weights and bias of every Dense and convolution node, in graph order.</summary>
    private static List<(ConstTensor Weights, ConstTensor Bias)> Weighted(Graph g) => g.Nodes.Select(n => n.Op switch
    {
        DenseOp d => (d.Weights, d.Bias),
        IWeightedOp w => (w.Weights, w.Bias),
        _ => ((ConstTensor, ConstTensor)?)null,
    }).OfType<(ConstTensor, ConstTensor)>().ToList();

    private static List<string> Kinds(Graph g) => g.Nodes.Select(n => n.Op is ActivationOp a ? a.Function.ToString() : n.Op.Kind).ToList();
}
