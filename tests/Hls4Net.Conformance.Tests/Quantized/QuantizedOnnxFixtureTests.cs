using Hls4Net.Conformance.Tests.Fixtures;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.TestSupport;
using Hls4Net.Verification;
using Serilog.Core;
using Xunit.Abstractions;

namespace Hls4Net.Conformance.Tests.Quantized;

/// <summary>
/// The quantized-ONNX fixtures (tests/fixtures/qonnx, made by tools/qonnx_fixtures/make_fixtures.py with python3-onnx;
/// their expected outputs are numpy implementations of the operator specs). Each fixture: the C simulation is bit-exact
/// with the emulator (one g++ build), and the emulator is within one LSB of the output type of the reference: numpy's
/// outputs for every fixture, ONNX Runtime for the QDQ ones. The emulator's float mode, which implements the QONNX
/// quantizers, and ONNX Runtime, which runs QDQ, are checked against numpy too.
/// </summary>
public sealed class QuantizedOnnxFixtureTests
{
    /// <summary>Wide enough that no unquantized accumulator or bias rounds: the quantizers alone decide the bits.</summary>
    public const string Precision = "ap_fixed<32,16>";

    private readonly ITestOutputHelper _output;

    public QuantizedOnnxFixtureTests(ITestOutputHelper output) => _output = output;

    public static string FixtureDir => NpyFixture.Dir("qonnx");

    public static TheoryData<string> Fixtures() => new(Names());

    public static TheoryData<string> QdqFixtures() => new(Names().Where(f => f.StartsWith("qdq_", StringComparison.Ordinal)));

    private static List<string> Names() => NpyFixture.OnnxNames(FixtureDir);

    [Fact]
    public void TheFixturesCoverBothDialectsMlpCnnBipolarAndFourBitWeights()
    {
        var names = Names();
        foreach (var name in new[] { "qonnx_mlp_w4a8", "qonnx_cnn_w4a8", "qonnx_bnn", "qonnx_scaled", "qdq_mlp", "qdq_cnn" }) Assert.Contains(name, names);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CsimIsBitExactAndTheEmulatorIsWithinOneLsbOfTheReference(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides { Precision = Precision }, input, CsimFlow.Options());
        _output.WriteLine($"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact with csim");
        Assert.True(result.Report.AllBitExact, $"{fixture}: {result.Report.FirstMismatch}");

        var emulated = Assert.Single(result.Emulated.Outputs);
        var lsb = emulated.Type.Lsb;
        var (max, exact) = FixtureComparison.Compare(emulated.ToDoubles(), expected);
        _output.WriteLine($"{fixture}: emulator ({emulated.Type}) vs numpy: {exact}/{expected.Length} equal, max |diff| = {max / lsb} LSB");
        Assert.True(max <= lsb, $"{fixture}: the emulator differs from the numpy reference by {max / lsb} LSB of {emulated.Type}");
        // The quantizers are really there: the outputs lie on the quantizer's grid, and most are equal, not just close.
        Assert.True(exact >= expected.Length * 9 / 10, $"{fixture}: only {exact}/{expected.Length} outputs equal the reference");

        if (fixture.StartsWith("qdq_", StringComparison.Ordinal))
        {
            var ort = RunOnnxRuntime(model, input);
            var (ortMax, ortExact) = FixtureComparison.Compare(emulated.ToDoubles(), ort);
            _output.WriteLine($"{fixture}: emulator vs ONNX Runtime: {ortExact}/{ort.Length} equal, max |diff| = {ortMax / lsb} LSB");
            Assert.True(ortMax <= lsb, $"{fixture}: the emulator differs from ONNX Runtime by {ortMax / lsb} LSB");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void TheFloatModeRunsTheQuantizersLikeTheReference(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var compiled = FixtureRuns.Compile(model, new ConfigOverrides { Precision = Precision });
        var floats = Assert.Single(FixtureRuns.Float(compiled, input).Outputs);
        var lsb = compiled.Graph.Outputs[0].Type!.Lsb;
        var (max, exact) = FixtureComparison.Compare(floats, expected);
        _output.WriteLine($"{fixture}: float mode vs numpy: {exact}/{expected.Length} equal, max |diff| = {max / lsb} LSB");
        Assert.True(max <= lsb, $"{fixture}: the float mode differs from numpy by {max / lsb} LSB");
        Assert.True(exact >= expected.Length * 9 / 10, $"{fixture}: only {exact}/{expected.Length} float-mode outputs equal numpy");
        // verify's automatic reference: the float mode for QONNX (ORT cannot run its quantizers), ORT for QDQ.
        var reference = FloatReference.For(HlsModel.Load(model).Configure(new ProjectConfig()), Logger.None);
        Assert.Equal(fixture.StartsWith("qonnx_", StringComparison.Ordinal), reference is EmulatorFloatReference);
        var (refMax, refExact) = FixtureComparison.Compare(Assert.Single(reference.Run(input, []).Outputs), expected);
        _output.WriteLine($"{fixture}: {reference.Description} vs numpy: {refExact}/{expected.Length} equal, max |diff| = {refMax / lsb} LSB");
        Assert.True(refMax <= lsb, $"{fixture}: verify's float reference ({reference.Description}) differs from numpy by {refMax / lsb} LSB");
    }

    [Theory]
    [MemberData(nameof(QdqFixtures))]
    public void OnnxRuntimeRunsTheQdqPairsLikeTheReference(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var ort = RunOnnxRuntime(model, input);
        var lsb = Math.ScaleB(1.0, -3); // every QDQ fixture ends in an int8 pair of scale 2^-3
        var (max, exact) = FixtureComparison.Compare(ort, expected);
        _output.WriteLine($"{fixture}: ONNX Runtime vs numpy: {exact}/{expected.Length} equal, max |diff| = {max / lsb} LSB");
        Assert.True(max <= lsb, $"{fixture}: ONNX Runtime differs from numpy by {max / lsb} LSB");
    }

    /// <summary>
    /// Activation quantizers are honoured under both semantics (hls4ml reads QONNX activation quantizers into types too,
    /// unlike QKeras activation hints), and an explicit LayerName type still wins over them.
    /// </summary>
    [Theory]
    [InlineData("hls4ml")]
    [InlineData("exact")]
    public void ActivationQuantizerTypesHoldUnderBothSemanticsAndAConfigOverridesThem(string semantics)
    {
        var model = Path.Combine(FixtureDir, "qonnx_mlp_w4a8.onnx");
        var compiled = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, null, null, new ConfigOverrides { Semantics = semantics }));
        Assert.Equal("ap_ufixed<8,4,AP_RND_INF,AP_SAT>", compiled.Graph.FindNode("relu1")!.Output.Type!.ToString());
        Assert.Equal("ap_fixed<8,3,AP_RND_CONV,AP_SAT>", compiled.Graph.FindNode("x_q")!.Output.Type!.ToString());
        // The quantized graph input takes the quantizer's type: converting the input is the quantizer.
        Assert.Equal("ap_fixed<8,3,AP_RND_CONV,AP_SAT>", compiled.Graph.Inputs[0].Type!.ToString());

        var dir = Directory.CreateTempSubdirectory("hls4net-qonnx-");
        try
        {
            var yaml = Path.Combine(dir.FullName, "config.yml");
            File.WriteAllText(yaml, $"Semantics: {semantics}\nHLSConfig:\n  LayerName:\n    relu1:\n      Precision:\n        result: ap_fixed<12,6>\n");
            var overridden = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, yaml, new ConfigOverrides()));
            Assert.Equal("ap_fixed<12,6>", overridden.Graph.FindNode("relu1")!.Output.Type!.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>
    /// ONNX Runtime as <c>verify</c> runs a QDQ model: unoptimized. (Optimized, ORT 1.x fuses the pairs around a Gemm into
    /// QGemm, whose results for qdq_mlp's per-axis weights were up to 11 LSB off the operator-level outputs.)
    /// </summary>
    private static double[] RunOnnxRuntime(string model, SampleSet input) => FixtureRuns.OnnxRuntime(model, input, optimizeGraph: false).Outputs;

    private static (string Model, SampleSet Input, double[] Expected) Load(string fixture) => NpyFixture.Load(FixtureDir, fixture);
}
