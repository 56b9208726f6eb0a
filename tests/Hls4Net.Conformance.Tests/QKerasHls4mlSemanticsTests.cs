using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// Issue 11, QKeras activation types under hls4ml semantics: at model granularity hls4ml keeps the model-wide type after a
/// QKeras activation quantizer (only a config naming the type installs it), while weight and bias quantizer types apply.
/// The resulting model stays bit-exact between the emulator and the g++ C simulation.
/// </summary>
public sealed class QKerasHls4mlSemanticsTests
{
    private static readonly string Json = RepoPaths.KerasModel("qkeras_mnist_dense.json");
    private static readonly string H5 = RepoPaths.KerasModel("qkeras_mnist_dense_weights.h5");

    private static HlsDesign Compile(ConfigOverrides overrides) =>
        new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(Json, H5, null, overrides));

    [SharedModelFact]
    public void ActivationQuantizerTypesComeOnlyFromTheConfig()
    {
        var graph = Compile(new ConfigOverrides { Semantics = "hls4ml" }).Graph;

        var dense = graph.Nodes.Single(n => n.Name == "q_dense_3");
        Assert.Equal("ap_fixed<4,1>", dense.Precision.Weight!.ToString());
        Assert.Equal("ap_fixed<4,1>", dense.Precision.Bias!.ToString());
        // No configuration: the built-in model-wide type, not quantized_relu's ap_ufixed<3,1,AP_RND_CONV,AP_SAT>.
        Assert.Equal("ap_fixed<16,6>", graph.Nodes.Single(n => n.Name == "q_activation_3").Output.Type!.ToString());
        Assert.Equal("ap_fixed<16,6>", graph.Nodes.Single(n => n.Name == "q_activation_2").Output.Type!.ToString());
    }

    [SharedModelFact]
    public void UnderHls4mlTheQKerasModelIsBitExactAgainstCsim()
    {
        var overrides = new ConfigOverrides { Semantics = "hls4ml" };
        var width = Compile(overrides).Graph.Inputs[0].Shape.Size;
        var samples = SampleSet.Random(300, width, seed: 5);

        var result = new ConformanceRunner().Run(Json, H5, null, overrides, samples);

        Assert.True(result.Report.AllBitExact, $"{result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }
}
