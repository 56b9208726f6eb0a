using Hls4Net.Backends.Vitis.Csim;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Reference;
using Hls4Net.TestSupport;
using Hls4Net.Verification;
using Serilog.Core;
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

    public static string FixtureDir => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "torch");

    public static TheoryData<string> Fixtures() => new(FixtureNames());

    private static List<string> FixtureNames() =>
        Directory.GetFiles(FixtureDir, "*.onnx").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();

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
        var compiled = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, null, null, new ConfigOverrides()));
        var result = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(compiled.Graph, input.Flatten(), input.Count);

        var actual = Assert.Single(result.Outputs);
        var max = MaxAbsDifference(actual, expected);
        _output.WriteLine($"{fixture}: emulator float vs torch, max |diff| = {max:E2} over {expected.Length} values");
        Assert.True(max <= Tolerance, $"{fixture}: emulator float mode differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void OnnxRuntimeMatchesTorch(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        using var session = OnnxRuntimeSession.Open(OnnxBatchDimension.MakeDynamic(File.ReadAllBytes(model)), new OnnxRuntimeLocator(),
            new OnnxRuntimeSessionOptions { IntraOpThreads = 1 });
        var shape = session.Inputs[0].Shape.Select(d => (int)d).ToArray();
        shape[0] = input.Count;
        var data = Array.ConvertAll(input.Flatten(), v => (float)v);
        var outputs = session.Run(session.InputNames[0], data, shape);

        var actual = Array.ConvertAll(outputs[session.OutputNames[0]], v => (double)v);
        var max = MaxAbsDifference(actual, expected);
        _output.WriteLine($"{fixture}: ONNX Runtime {session.RuntimeVersion} vs torch, max |diff| = {max:E2}");
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
        var width = input.Rows[0].Length;
        var wide = SampleSet.Random(48, width, seed: fixture.Length * 31 + precision.Length, scale: 4.0);
        var samples = new SampleSet([.. input.Rows, .. wide.Rows], fixture);

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
    [Trait("Lane", "Slow")]
    public void CsimIsBitExactWithTheEmulatorInIoStream(string fixture)
    {
        var (model, input, _) = Load(fixture);
        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides { IoType = "io_stream" }, input, CsimFlow.Options());
        _output.WriteLine($"{fixture} io_stream: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture} io_stream: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    private static (string Model, SampleSet Input, double[] Expected) Load(string fixture)
    {
        var model = Path.Combine(FixtureDir, fixture + ".onnx");
        var reader = new NpySampleReader();
        var input = reader.Read(Path.Combine(FixtureDir, fixture + ".input.npy"));
        var expected = reader.Read(Path.Combine(FixtureDir, fixture + ".output.npy")).Flatten();
        return (model, input, expected);
    }

    private static double MaxAbsDifference(double[] actual, double[] expected)
    {
        Assert.Equal(expected.Length, actual.Length);
        var max = 0.0;
        for (var i = 0; i < actual.Length; i++) max = Math.Max(max, Math.Abs(actual[i] - expected[i]));
        return max;
    }
}
