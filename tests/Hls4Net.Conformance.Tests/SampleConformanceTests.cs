using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests;

/// <summary>The repository's own samples (used by the README) are bit-exact between emulator and C simulation, under both semantics.</summary>
[StartsFirst(5)]
public class SampleConformanceTests
{
    [Theory]
    [InlineData("jet_mlp.onnx", 16, "default", "hls4ml")]
    [InlineData("tiny_mlp.onnx", 8, "default", "hls4ml")]
    [InlineData("jet_mlp.onnx", 16, "narrow", "hls4ml")]
    [InlineData("tiny_mlp.onnx", 8, "narrow", "hls4ml")]
    [InlineData("jet_mlp.onnx", 16, "default", "exact")]
    [InlineData("tiny_mlp.onnx", 8, "default", "exact")]
    [InlineData("jet_mlp.onnx", 16, "narrow", "exact")]
    [InlineData("tiny_mlp.onnx", 8, "narrow", "exact")]
    public void SamplesAreBitExact(string sample, int width, string config, string semantics)
    {
        var overrides = config == "narrow"
            ? new ConfigOverrides { Precision = "ap_fixed<10,4,AP_RND_CONV,AP_SAT>", Strategy = "Resource", ReuseFactor = 2, Semantics = semantics }
            : new ConfigOverrides { Semantics = semantics };
        var result = new ConformanceRunner().Run(RepoPaths.Sample(sample), null, null, overrides, SampleSet.Random(1000, width, seed: 17, scale: 2),
            CsimFlow.Options(optimizationLevel: 2)); // the users' -O2 (other conformance tests build at -O1)
        Assert.True(result.Report.AllBitExact, $"{sample}/{config}/{semantics}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }
}
