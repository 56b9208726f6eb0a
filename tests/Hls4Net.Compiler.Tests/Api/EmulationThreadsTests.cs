using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary>
/// The emulator cut over threads (<see cref="HlsDesign.EmulationThreads"/>, <see cref="ParallelInterpreter"/>) gives
/// the single-threaded run's outputs, quantized inputs, per-layer traces and overflow counts, in sample order, for
/// even and uneven slices and for types held in 64-bit and in BigInteger codes.
/// </summary>
public sealed class EmulationThreadsTests
{
    public static TheoryData<string, int> Cases() => new()
    {
        { "ap_fixed<6,2>", 2 },            // narrow: overflows in most layers
        { "ap_fixed<6,2,AP_RND,AP_SAT>", 3 },
        { "ap_fixed<90,40>", 4 },          // wider than 64 bits: BigInteger tensors (exact semantics: its softmax takes them)
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ThreadedRunsEqualTheSingleThreadedRun(string precision, int threads)
    {
        var model = HlsModel.Load(Path.Combine(RepoPaths.RepoRoot, "samples", "jet_mlp.onnx"));
        var wide = precision.StartsWith("ap_fixed<90", StringComparison.Ordinal);
        var config = new ProjectConfig { Semantics = wide ? ArithmeticSemantics.Exact : ArithmeticSemantics.Hls4ml };
        config.Hls.Model.SetDefaultPrecision(FixedType.Parse(precision));
        // 1,001 samples: slices of unequal length; scale 6 so that the narrow types overflow.
        var samples = SampleSet.Random(1001, 16, seed: 17, scale: 6.0);

        var single = model.Configure(config);
        single.EmulationThreads = 1;
        var expected = single.Emulate(samples, trace: true);
        var threaded = model.Configure(config);
        threaded.EmulationThreads = threads;
        var actual = threaded.Emulate(samples, trace: true);

        Assert.Equal(wide, actual.Outputs[0].IsWide);
        if (!wide)
            Assert.True(expected.Overflow.Values.Sum(c => c.Overflows) > 0, "the narrow case must overflow somewhere");
        AssertSameTensors(expected.Outputs, actual.Outputs);
        AssertSameTensors(expected.Inputs, actual.Inputs);
        Assert.Equal(expected.InputOverflow.Select(c => (c.Stores, c.Overflows)), actual.InputOverflow.Select(c => (c.Stores, c.Overflows)));
        Assert.Equal(
            single.Graph.Nodes.Select(n => (n.Name, expected.Overflow[n].Stores, expected.Overflow[n].Overflows)),
            threaded.Graph.Nodes.Select(n => (n.Name, actual.Overflow[n].Stores, actual.Overflow[n].Overflows)));
        Assert.Equal(single.Graph.Nodes.Select(n => n.Name), threaded.Graph.Nodes.Select(n => n.Name));
        for (var i = 0; i < single.Graph.Nodes.Count; i++)
            AssertSameTensors([expected.Trace![single.Graph.Nodes[i]]], [actual.Trace![threaded.Graph.Nodes[i]]]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void ABatchRunInChunksEqualsTheWholeBatch(int threads)
    {
        var model = HlsModel.Load(Path.Combine(RepoPaths.RepoRoot, "samples", "jet_mlp.onnx"));
        var config = new ProjectConfig();
        config.Hls.Model.SetDefaultPrecision(FixedType.Parse("ap_fixed<6,2>"));
        var design = model.Configure(config);
        // More samples than one chunk holds (jet_mlp's layers hold about 150 values per sample): at least three chunks,
        // the last one short. A traced run is never chunked, so it is the whole-batch reference.
        var perSample = design.Graph.Nodes.Sum(n => (long)n.Output.Shape.Size) + 16;
        var count = (int)(ParallelInterpreter.MaxValuesPerChunk / perSample * 2 + 1001);
        var samples = SampleSet.Random(count, 16, seed: 23, scale: 6.0);

        design.EmulationThreads = 1;
        var whole = design.Emulate(samples, trace: true);
        design.EmulationThreads = threads;
        var chunked = design.Emulate(samples);

        Assert.Null(chunked.Trace);
        Assert.True(whole.Overflow.Values.Sum(c => c.Overflows) > 0, "the narrow type must overflow somewhere");
        AssertSameTensors(whole.Outputs, chunked.Outputs);
        AssertSameTensors(whole.Inputs, chunked.Inputs);
        Assert.Equal(whole.InputOverflow.Select(c => (c.Stores, c.Overflows)), chunked.InputOverflow.Select(c => (c.Stores, c.Overflows)));
        Assert.Equal(design.Graph.Nodes.Select(n => (whole.Overflow[n].Stores, whole.Overflow[n].Overflows)),
            design.Graph.Nodes.Select(n => (chunked.Overflow[n].Stores, chunked.Overflow[n].Overflows)));
    }

    [Fact]
    public void LessThanOneThreadIsAUsageError()
    {
        var design = HlsModel.Load(Path.Combine(RepoPaths.RepoRoot, "samples", "jet_mlp.onnx")).Configure(new ProjectConfig());
        var error = Assert.Throws<UsageException>(() => design.EmulationThreads = 0);
        Assert.Contains("at least 1", error.Message, StringComparison.Ordinal);
    }

    private static void AssertSameTensors(IReadOnlyList<FixedTensor> expected, IReadOnlyList<FixedTensor> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var k = 0; k < expected.Count; k++)
        {
            Assert.Equal(expected[k].Type, actual[k].Type);
            Assert.Equal(expected[k].Batch, actual[k].Batch);
            Assert.Equal(expected[k].IsWide, actual[k].IsWide);
            for (var i = 0; i < expected[k].Length; i++)
                if (expected[k].At(i) != actual[k].At(i))
                    Assert.Fail($"tensor {k} ({expected[k].Type}): value {i} (sample {i / expected[k].SampleSize}) is {actual[k].At(i)}, expected {expected[k].At(i)}");
        }
    }
}
