using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.TestSupport;
using Serilog.Core;
using Xunit.Abstractions;

namespace Hls4Net.Conformance.Tests.Seq;

/// <summary>
/// Sequence-model fixtures (tests/fixtures/seq, made by tools/seq_fixtures/make_seq_fixtures.py with torch 1.13 and
/// h5py): torch exports of LayerNorm (opset 13's decomposed form and opset 17's LayerNormalization), nn.Embedding,
/// attention's matrix products (MatMul and Einsum) and softmax over the sequence axis; Keras LayerNormalization,
/// Embedding, Dot and Softmax(axis=1) files. Each converts, its float emulation is within 1e-5 of torch's own outputs,
/// and the C simulation is bit-exact with the fixed-point emulator (one g++ build per fixture, all samples in one run).
/// </summary>
public sealed class SeqFixtureTests
{
    private const double Tolerance = 1e-5;

    private readonly ITestOutputHelper _output;

    public SeqFixtureTests(ITestOutputHelper output) => _output = output;

    public static string FixtureDir => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "seq");

    /// <summary>Every model file with its torch outputs beside it (mha_opset13 has none: it is refused, see below).</summary>
    public static TheoryData<string> Fixtures() => new(Names());

    private static List<string> Names() => Directory.GetFiles(FixtureDir, "*.expected.csv")
        .Select(f => Path.GetFileName(f)[..^".expected.csv".Length]).Where(n => !n.StartsWith("mha", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void TheFixtureSetCoversEveryNewOp()
    {
        var names = Names();
        foreach (var n in new[] { "layernorm_opset13", "layernorm_opset17", "embedding_opset13", "attention_opset13", "einsum_attention_opset13",
                     "softmax_axis1_opset11", "softmax_axis1_opset13", "keras_layernorm_softmax", "keras_embedding", "keras_dot" })
        {
            Assert.Contains(n, names);
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ConvertsAndFloatModeMatchesTorch(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var compiled = new ModelCompiler(Logger.None) { VerifyPasses = true }.Compile(new CompileRequest(model, null, null, new ConfigOverrides()));
        var result = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(compiled.Graph, input.Flatten(), input.Count);
        var actual = Assert.Single(result.Outputs);
        Assert.Equal(expected.Length, actual.Length);
        var max = actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();
        _output.WriteLine($"{fixture}: emulator float vs torch, max |diff| = {max:E2} over {expected.Length} values");
        Assert.True(max <= Tolerance, $"{fixture}: emulator float mode differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CsimIsBitExactWithTheEmulator(string fixture)
    {
        var (model, input, _) = Load(fixture);
        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides(), input, CsimFlow.Options());
        _output.WriteLine($"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    private static (string Model, SampleSet Input, double[] Expected) Load(string fixture)
    {
        var model = Path.Combine(FixtureDir, fixture + (File.Exists(Path.Combine(FixtureDir, fixture + ".onnx")) ? ".onnx" : ".h5"));
        var reader = new SampleSetReader();
        var input = reader.Read(Path.Combine(FixtureDir, fixture + ".input.csv"));
        var expected = reader.Read(Path.Combine(FixtureDir, fixture + ".expected.csv")).Flatten();
        return (model, input, expected);
    }
}
