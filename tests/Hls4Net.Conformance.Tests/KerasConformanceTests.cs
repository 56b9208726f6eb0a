using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Verification;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Serilog.Core;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests;

/// <summary>Issue 5's acceptance: Keras models import, emulate and agree bit for bit with the C simulation and with their ONNX twins.</summary>
public class KerasConformanceTests
{
    private static HlsDesign Compile(string model, string? weights, ConfigOverrides? overrides = null) =>
        new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, weights, null, overrides ?? new ConfigOverrides()));

    [SharedModelTheory]
    [InlineData("KERAS_3layer.json", "KERAS_3layer_weights.h5", "three_layer_keras")]
    [InlineData("KERAS_conv1d_small.json", "KERAS_conv1d_small_weights.h5", "conv1d_small_keras")]
    public void SameNetworkInKerasAndOnnxEmulatesToIdenticalBits(string json, string h5, string onnx)
    {
        // Exact semantics: the ONNX bias Add folds into the Dense. Under hls4ml semantics it stays a bias layer, so the
        // two exporters give different networks, as they do in hls4ml itself (docs/hls4ml-differences.md).
        var exact = new ConfigOverrides { Semantics = "exact" };
        var keras = Compile(RepoPaths.KerasModel(json), RepoPaths.KerasModel(h5), exact);
        var fromOnnx = Compile(RepoPaths.OnnxModel(onnx), null, exact);

        // Equivalent graphs: the same sequence of op kinds and the same weights.
        Assert.Equal(Kinds(fromOnnx.Graph), Kinds(keras.Graph));
        var kw = keras.Graph.Nodes.Select(n => n.Op).OfType<IWeightedOp>().ToList();
        var ow = fromOnnx.Graph.Nodes.Select(n => n.Op).OfType<IWeightedOp>().ToList();
        Assert.Equal(ow.Count, kw.Count);
        for (var i = 0; i < kw.Count; i++)
        {
            Assert.Equal(ow[i].Weights.Data, kw[i].Weights.Data);
            Assert.Equal(ow[i].Bias.Data, kw[i].Bias.Data);
        }

        var samples = SampleSet.Random(1000, keras.Graph.Inputs[0].Shape.Size, seed: 5);
        var a = new EmulationRunner().Run(keras.Graph, samples).Outputs.Single();
        var b = new EmulationRunner().Run(fromOnnx.Graph, samples).Outputs.Single();
        Assert.Equal(b.Type, a.Type);
        Assert.Equal(b.Raw, a.Raw);
    }

    [SharedModelTheory]
    [InlineData("KERAS_3layer.json", "KERAS_3layer_70pruned_retrained_weights.h5", "hls4ml")]
    [InlineData("KERAS_3layer_binary_smaller.json", "KERAS_3layer_binary_smaller_weights.h5", "hls4ml")]
    [InlineData("qkeras_mnist_dense.json", "qkeras_mnist_dense_weights.h5", "hls4ml")]
    [InlineData("KERAS_conv1d_small.json", "KERAS_conv1d_small_weights.h5", "hls4ml")]
    [InlineData("KERAS_conv2d_model.json", "KERAS_conv2d_model_weights.h5", "hls4ml")]
    [InlineData("KERAS_3layer.json", "KERAS_3layer_70pruned_retrained_weights.h5", "exact")]
    [InlineData("KERAS_3layer_binary_smaller.json", "KERAS_3layer_binary_smaller_weights.h5", "exact")]
    [InlineData("qkeras_mnist_dense.json", "qkeras_mnist_dense_weights.h5", "exact")]
    [InlineData("KERAS_conv1d_small.json", "KERAS_conv1d_small_weights.h5", "exact")]
    [InlineData("KERAS_conv2d_model.json", "KERAS_conv2d_model_weights.h5", "exact")]
    public void KerasModelsAreBitExactAgainstCsim(string json, string h5, string semantics)
    {
        ConformsBitExactly(json, h5, semantics);
    }

    /// <summary>
    /// The 42k-parameter network: one of the slowest g++ builds of the suite, in the slow lane (CI runs it). It builds
    /// the way a user's <c>csim --ap-types</c> does with headers that warn (<see cref="WarningHeaders"/>, no -Werror,
    /// the bundled folder after them): Xilinx's own headers take too long on this network for the vendor lane.
    /// </summary>
    [SharedModelTheory]
    [InlineData("KERAS_dense_16x100x100x100x100x100x5.json", "KERAS_dense_16x100x100x100x100x100x5_weights.h5")]
    [Trait("Lane", "Slow")]
    public void BigKerasModelIsBitExactAgainstCsim(string json, string h5) =>
        ConformsBitExactly(json, h5, null, CsimFlow.Options(WarningHeaders.Dir, warningsAsErrors: false));

    private static void ConformsBitExactly(string json, string h5, string? semantics, CsimOptions? options = null)
    {
        var model = RepoPaths.KerasModel(json);
        var width = Compile(model, RepoPaths.KerasModel(h5)).Graph.Inputs[0].Shape.Size;
        var samples = SampleSet.Random(json.StartsWith("KERAS_conv", StringComparison.Ordinal) ? 500 : 1000, width, seed: 11);

        var result = new ConformanceRunner().Run(model, RepoPaths.KerasModel(h5), null, new ConfigOverrides { Semantics = semantics }, samples, options);

        Assert.True(result.Report.AllBitExact, $"{json}/{semantics ?? "default"}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    [SharedModelFact]
    public void QKerasPrecisionsComeFromTheQuantizers()
    {
        // Under exact semantics the quantizers' types apply everywhere (hls4ml semantics: QKerasHls4mlSemanticsTests).
        var graph = Compile(RepoPaths.KerasModel("qkeras_mnist_dense.json"), RepoPaths.KerasModel("qkeras_mnist_dense_weights.h5"),
            new ConfigOverrides { Semantics = "exact" }).Graph;
        var dense = graph.Nodes.Single(n => n.Name == "q_dense_3");
        Assert.Equal("ap_fixed<4,1>", dense.Precision.Weight!.ToString());
        Assert.Equal("ap_fixed<4,1>", dense.Precision.Bias!.ToString());
        Assert.Equal("ap_ufixed<3,1,AP_RND_CONV,AP_SAT>", graph.Nodes.Single(n => n.Name == "q_activation_3").Output.Type!.ToString());
        Assert.Equal("ap_ufixed<2,0,AP_RND_CONV,AP_SAT>", graph.Nodes.Single(n => n.Name == "q_activation_2").Output.Type!.ToString());
    }

    private static List<string> Kinds(Graph g) => g.Nodes.Select(n => n.Op is ActivationOp a ? a.Function.ToString() : n.Op.Kind).ToList();
}
