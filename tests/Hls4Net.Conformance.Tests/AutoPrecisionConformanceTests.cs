using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Conformance.Tests;

/// <summary>
/// A config with <c>auto</c> types, as hls4ml's <c>config_from_keras_model(granularity='name')</c> writes them for
/// every Dense layer: the inferred (wide) accumulators and results are bit-exact between emulator and C simulation,
/// under both semantics.
/// </summary>
public sealed class AutoPrecisionConformanceTests
{
    [Theory]
    [InlineData("hls4ml")]
    [InlineData("exact")]
    public void AutoTypesAreInferredAndBitExact(string semantics)
    {
        const string yaml = """
            HLSConfig:
              Model: {Precision: 'ap_fixed<16,6>'}
              LayerType:
                Dense: {Precision: {result: auto, accum: auto}}
            """;
        var result = new ConformanceRunner().Run(RepoPaths.Sample("jet_mlp.onnx"), null, yaml, new ConfigOverrides { Semantics = semantics },
            SampleSet.Random(300, 16, seed: 37, scale: 2));

        Assert.True(result.Report.AllBitExact, $"{semantics}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
        var first = result.Graph.Nodes.First(n => n.Op is DenseOp);
        // 16 inputs of ap_fixed<16,6> times ap_fixed<16,6> weights plus an ap_fixed<16,6> bias: ap_fixed<37,17> under
        // hls4ml (every weight counts: 32 + 4 bits, 12 + 4 integer, +1 for the bias); never narrower under exact.
        if (semantics == "hls4ml") Assert.Equal("ap_fixed<37,17>", first.Output.Type!.ToString());
        else Assert.True(first.Output.Type!.Width is > 16 and <= 37, first.Output.Type.ToString());
    }
}
