using Hls4Net.Conformance.Tests.Fixtures;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
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

    public static string FixtureDir => NpyFixture.Dir("seq");

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
        var result = FixtureRuns.Float(FixtureRuns.Compile(model, new ConfigOverrides()), input);
        var actual = Assert.Single(result.Outputs);
        var max = FixtureComparison.MaxAbsDifference(actual, expected);
        _output.WriteLine($"{fixture}: emulator float vs torch, max |diff| = {max:E2} over {expected.Length} values");
        Assert.True(max <= Tolerance, $"{fixture}: emulator float mode differs from torch by {max:E3}");
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CsimIsBitExactWithTheEmulator(string fixture)
    {
        var (model, input, _) = Load(fixture);
        // torch's inputs followed by wider seeded ones (overflow, saturation and, for embeddings, out-of-range indices).
        var samples = FixtureRuns.WithWideSamples(input, fixture, 16, seed: fixture.Length * 17, scale: 4.0);
        var result = new ConformanceRunner().Run(model, null, null, new ConfigOverrides(), samples, CsimFlow.Options());
        _output.WriteLine($"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples} samples bit-exact");
        Assert.True(result.Report.AllBitExact, $"{fixture}: {result.Report.BitExactSamples}/{result.Report.Samples}; {result.Report.FirstMismatch}");
    }

    /// <summary>
    /// The fixed-point emulation (ap_fixed&lt;16,6&gt; everywhere) of the LayerNorm and Embedding fixtures stays within
    /// 0.03 of torch's float outputs (measured: 0.024 for LayerNorm after a Linear, 0.008 and 0.001 for the embeddings).
    /// The softmax and attention fixtures are not held to it: with every type at ap_fixed&lt;16,6&gt; their outputs differ
    /// by 0.09 to 0.8 (the precision, not the kernels, which are bit-exact with the C simulation above).
    /// </summary>
    [Theory]
    [InlineData("layernorm_opset13")]
    [InlineData("layernorm_opset17")]
    [InlineData("embedding_opset13")]
    [InlineData("keras_embedding")]
    public void FixedPointEmulationTracksTorch(string fixture)
    {
        var (model, input, expected) = Load(fixture);
        var compiled = new ModelCompiler(Logger.None).Compile(new CompileRequest(model, null, null, new ConfigOverrides { Precision = "ap_fixed<16,6>" }));
        var emulated = new EmulationRunner().Run(compiled.Graph, input);
        var actual = Enumerable.Range(0, input.Count).SelectMany(b => emulated.Outputs[0].SampleToDoubles(b)).ToArray();
        var max = actual.Zip(expected, (a, e) => Math.Abs(a - e)).Max();
        _output.WriteLine($"{fixture}: ap_fixed<16,6> emulation vs torch, max |diff| = {max:E2}");
        Assert.True(max < 0.03, $"{fixture}: fixed-point emulation differs from torch by {max:E3}");
    }

    /// <summary>torch's nn.MultiheadAttention export folds the heads into the batch axis; it is refused naming the op and node.</summary>
    [Fact]
    public void MultiheadAttentionExportIsRefusedNamingTheBatchTranspose()
    {
        var ex = Assert.ThrowsAny<Hls4NetException>(() => HlsModel.Load(Path.Combine(FixtureDir, "mha_opset13.onnx")));
        _output.WriteLine(ex.Message);
        // The export starts with Transpose(perm=[1,0,2]) (batch and sequence swapped, as before a time-major recurrent
        // layer), then feeds the swapped tensor to a layer that cannot read a moved batch: that read is refused.
        Assert.StartsWith("unsupported input 0 ('/mha/Transpose_output_0')", ex.Message, StringComparison.Ordinal);
        Assert.Contains("its batch is on axis 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("mha_opset13.onnx", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>The new ops are io_parallel only: io_stream is refused naming the layer and its op.</summary>
    [Fact]
    public void IoStreamIsRefusedNamingTheLayer()
    {
        var design = HlsModel.Load(Path.Combine(FixtureDir, "layernorm_opset17.onnx")).Configure(new ProjectConfig { IoType = IoType.IoStream });
        var dir = Directory.CreateTempSubdirectory("hls4net-seq-");
        try
        {
            var ex = Assert.ThrowsAny<Hls4NetException>(() => design.Write(Path.Combine(dir.FullName, "prj"), new WriteOptions()));
            Assert.Contains("(LayerNormalization) is not supported with io_stream yet; use io_parallel", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
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
