using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Conformance.Tests.Fixtures;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.TestSupport;
using Xunit.Abstractions;

namespace Hls4Net.Conformance.Tests.Torch;

/// <summary>
/// Real torch.onnx.export fixtures (tests/fixtures/torch, made by tools/torch_fixtures/make_fixtures.py with
/// torch 1.13 at opsets 9-17). Each passes four checks: it converts; the emulator's float mode is within 1e-5 of
/// torch's own outputs; ONNX Runtime is within 1e-5 of torch; the C simulation is bit-exact with the emulator at
/// two precisions (one g++ build per fixture and precision, all samples in one run).
/// </summary>
[StartsFirst(1)]
public sealed class TorchFixtureTests
{
    private const double Tolerance = 1e-5;

    private readonly ITestOutputHelper _output;

    public TorchFixtureTests(ITestOutputHelper output) => _output = output;

    public static string FixtureDir => NpyFixture.Dir("torch");

    public static TheoryData<string> Fixtures() => new(FixtureNames());

    private static List<string> FixtureNames() => NpyFixture.OnnxNames(FixtureDir);

    /// <summary>The default precision (wrapping, truncating) runs in the default lane.</summary>
    public const string DefaultPrecision = "ap_fixed<16,6>";

    /// <summary>A rounding, saturating precision: the same builds again, in the slow lane (CI runs it).</summary>
    public const string SaturatingPrecision = "ap_fixed<12,5,AP_RND,AP_SAT>";

    [Fact]
    public void TheFixtureSetCoversEveryOpsetAndBothBatchKinds()
    {
        var names = FixtureNames();
        Assert.True(names.Count >= 40, $"{names.Count} fixtures");
        foreach (var opset in new[] { 9, 11, 13, 17 }) Assert.Contains(names, n => n.EndsWith($"_opset{opset}", StringComparison.Ordinal));
        Assert.Contains(names, n => n.Contains("_fixed_", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ConvertsAndFloatModeMatchesTorch(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var result = FixtureRuns.Float(FixtureRuns.Compile(model, new ConfigOverrides()), input);

        var actual = Assert.Single(result.Outputs);
        var max = FixtureComparison.MaxAbsDifference(actual, expected);
        _output.WriteLine($"{fixture}: emulator float vs torch, max |diff| = {max:E2} over {expected.Length} values");
        Assert.True(max <= Tolerance, $"{fixture}: emulator float mode differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void OnnxRuntimeMatchesTorch(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var (actual, runtimeVersion) = FixtureRuns.OnnxRuntime(model, input, optimizeGraph: true);
        var max = FixtureComparison.MaxAbsDifference(actual, expected);
        _output.WriteLine($"{fixture}: ONNX Runtime {runtimeVersion} vs torch, max |diff| = {max:E2}");
        Assert.True(max <= Tolerance, $"{fixture}: ONNX Runtime differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CsimIsBitExactWithTheEmulator(string fixture) => CheckCsim(fixture, DefaultPrecision);

    [Theory]
    [MemberData(nameof(Fixtures))]
    [Trait("Lane", "Slow")]
    public void CsimIsBitExactWithTheEmulatorWhenRoundingAndSaturating(string fixture) => CheckCsim(fixture, SaturatingPrecision);

    private void CheckCsim(string fixture, string precision)
    {
        var (model, input, _) = Load(fixture);
        // torch's inputs followed by wider seeded ones, so saturation and rounding paths are exercised too.
        var samples = FixtureRuns.WithWideSamples(input, fixture, 48, seed: fixture.Length * 31 + precision.Length, scale: 4.0);

        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides { Precision = precision }, samples,
            CsimFlow.Options());

        _output.WriteLine($"{fixture} {precision}: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture} {precision}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    /// <summary>io_stream for one export of every model family (a build each, at the default precision).</summary>
    [Theory]
    [InlineData("mlp_bn_opset13")]
    [InlineData("mlp_activations_opset13")]
    [InlineData("mlp_nobias_bn3d_opset13")]
    [InlineData("cnn1d_bn_opset13")]
    [InlineData("cnn2d_bn_opset13")]
    [InlineData("grouped_conv_bn_opset13")]
    [InlineData("depthwise_conv1d_opset13")]
    [InlineData("residual_bn_opset13")]
    [InlineData("flatten_view_opset13")]
    [InlineData("flatten_reshape_opset13")]
    [InlineData("cnn2d_pad_ceil_opset11")]
    [InlineData("jet_tagger_conv1d_opset13")]
    [InlineData("deepsets_opset17")]
    [Trait("Lane", "Slow")]
    public void CsimIsBitExactWithTheEmulatorInIoStream(string fixture)
    {
        var (model, input, _) = Load(fixture);
        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides { IoType = "io_stream" }, input, CsimFlow.Options());
        _output.WriteLine($"{fixture} io_stream: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture} io_stream: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    private static (string Model, SampleSet Input, double[] Expected) Load(string fixture) => NpyFixture.Load(FixtureDir, fixture);
}
