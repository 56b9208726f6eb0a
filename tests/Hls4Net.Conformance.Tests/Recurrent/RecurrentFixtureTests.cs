using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.TestSupport;
using Serilog.Core;
using Xunit.Abstractions;

namespace Hls4Net.Conformance.Tests.Recurrent;

/// <summary>
/// The recurrent-layer fixtures of tests/fixtures/rnn (tools/rnn_fixtures/make_fixtures.py, torch 1.13): ONNX exports
/// of batch-first LSTM, GRU and RNN models and their Keras JSON+H5 twins with the same weights. Each converts, its float
/// emulation is within 1e-5 of torch's own outputs, and its C simulation is bit-exact with the emulator (one g++ build
/// per fixture, torch's 16 inputs plus 8 wider ones).
/// </summary>
[StartsFirst(2)]
public sealed class RecurrentFixtureTests
{
    private const double Tolerance = 1e-5;

    private readonly ITestOutputHelper _output;

    public RecurrentFixtureTests(ITestOutputHelper output) => _output = output;

    public static string FixtureDir => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "rnn");

    public static TheoryData<string> Fixtures() => new(
        Directory.GetFiles(FixtureDir, "*.output.npy").Select(f => Path.GetFileName(f)[..^".output.npy".Length]).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ConvertsAndFloatModeMatchesTorch(string fixture)
    {
        var (model, weights, input, expected) = Load(fixture);
        var compiled = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, weights, null, new ConfigOverrides()));
        Assert.Contains(compiled.Graph.Nodes, n => n.Op is RecurrentOp);
        var result = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(compiled.Graph, input.Flatten(), input.Count);

        var actual = Assert.Single(result.Outputs);
        Assert.Equal(expected.Length, actual.Length);
        var max = actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();
        _output.WriteLine($"{fixture}: float emulation vs torch, max |diff| = {max:E2} over {expected.Length} values");
        Assert.True(max <= Tolerance, $"{fixture}: float emulation differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CsimIsBitExactWithTheEmulator(string fixture)
    {
        var (model, weights, input, _) = Load(fixture);
        var wide = SampleSet.Random(8, input.Rows[0].Length, seed: fixture.Length * 13, scale: 4.0);
        var samples = new SampleSet([.. input.Rows, .. wide.Rows], fixture);
        var result = new ConformanceRunner().Run(model, weights, null, new ConfigOverrides(), samples, CsimFlow.Options());
        _output.WriteLine($"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    /// <summary>A rounding, saturating precision on the GRU and SimpleRNN paths (one g++ build each).</summary>
    [Theory]
    [InlineData("gru_seq")]
    [InlineData("keras_gru_reset_before_relu")]
    [InlineData("rnn_last_dense")]
    public void CsimIsBitExactWhenRoundingAndSaturating(string fixture)
    {
        var (model, weights, input, _) = Load(fixture);
        var wide = SampleSet.Random(8, input.Rows[0].Length, seed: fixture.Length * 17, scale: 6.0);
        var samples = new SampleSet([.. input.Rows.Take(8), .. wide.Rows], fixture);
        var result = new ConformanceRunner().Run(model, weights, null, new ConfigOverrides { Precision = "ap_fixed<12,4,AP_RND,AP_SAT>" }, samples, CsimFlow.Options());
        _output.WriteLine($"{fixture} ap_fixed<12,4,AP_RND,AP_SAT>: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    internal static (string Model, string? Weights, SampleSet Input, double[] Expected) Load(string fixture)
    {
        var onnx = Path.Combine(FixtureDir, fixture + ".onnx");
        var json = Path.Combine(FixtureDir, fixture + ".json");
        var model = File.Exists(onnx) ? onnx : json;
        string? weights = File.Exists(onnx) ? null : Path.Combine(FixtureDir, fixture + "_weights.h5");
        var reader = new NpySampleReader();
        var input = reader.Read(Path.Combine(FixtureDir, fixture + ".input.npy"));
        var expected = reader.Read(Path.Combine(FixtureDir, fixture + ".output.npy")).Flatten();
        return (model, weights, input, expected);
    }
}
