using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Core.Tests.Passes;

namespace Hls4Net.Core.Tests.Config;

/// <summary>
/// Issue 9: every key hls4ml's Vitis backend reads is applied, or refused with one message naming the key, the
/// section and the layer; nothing is dropped silently.
/// </summary>
public sealed class Hls4mlKeysTests
{
    private static ConstTensor Zeros(params int[] dims) => new(new Shape(dims), new float[dims.Aggregate(1, (a, b) => a * b)]);

    /// <summary>x[4] -> fc1 Dense(4->3) -> relu -> fc2 Dense(3->2) -> sm Softmax.</summary>
    private static Graph Mlp()
    {
        var g = new Graph("mlp");
        var x = new Value("x", new Shape(4));
        g.Inputs.Add(x);
        var fc1 = g.Add("fc1", AssignPrecisionPassTests.Dense(4, 3), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), fc1.Output);
        var fc2 = g.Add("fc2", AssignPrecisionPassTests.Dense(3, 2), relu.Output);
        var sm = g.Add("sm", new SoftmaxOp(), fc2.Output);
        g.Outputs.Add(sm.Output);
        return g;
    }

    /// <summary>x[6,6,1] -> conv Conv2D 3x3 (1->2, valid: 4x4 output pixels) -> flat Flatten -> fc Dense(32->3).</summary>
    private static Graph Cnn()
    {
        var g = new Graph("cnn");
        var x = new Value("x", new Shape(6, 6, 1));
        g.Inputs.Add(x);
        var conv = g.Add("conv", new Conv2DOp(Zeros(3, 3, 1, 2), Zeros(2), (1, 1), new Padding2D(0, 0, 0, 0), (1, 1)), x);
        var flat = g.Add("flat", new FlattenOp(), conv.Output);
        var fc = g.Add("fc", AssignPrecisionPassTests.Dense(32, 3), flat.Output);
        g.Outputs.Add(fc.Output);
        return g;
    }

    private static (Graph Graph, CollectingSink Sink) Run(Graph g, string yaml)
    {
        var sink = new CollectingSink();
        var config = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml(yaml, "h.yml", "/");
        var passes = new Pipeline([new SoftmaxKeysPass(), new AssignPrecisionPass(), new AssignHardwarePass(), new Hls4mlKeysPass()]);
        passes.Run(g, new PassContext(config, sink.CreateLogger(), verifyAfterEachPass: true));
        return (g, sink);
    }

    [Fact]
    public void TheDefaultPipelineRunsTheKeyPasses()
    {
        var names = DefaultPipeline.Create().Passes.Select(p => p.Name).ToList();
        Assert.True(names.IndexOf("softmax-keys") < names.IndexOf("assign-precision"));
        Assert.Equal("hls4ml-keys", names[^1]);
    }

    [Fact]
    public void SectionKeysAreReadTyped()
    {
        var c = new ProjectConfigLoader().LoadYaml("""
            HLSConfig:
              LayerName:
                sm: {Implementation: Stable, Skip: true}
                conv: {ParallelizationFactor: 4, ConvImplementation: encoded}
                fc: {Compression: true}
            """);
        Assert.Equal(SoftmaxImplementations.Stable, c.Hls.LayerName["sm"].Implementation);
        Assert.True(c.Hls.LayerName["sm"].Skip);
        Assert.Equal(4, c.Hls.LayerName["conv"].ParallelizationFactor);
        Assert.Equal("Encoded", c.Hls.LayerName["conv"].ConvImplementation);
        Assert.True(c.Hls.LayerName["fc"].Compression);
        Assert.Empty(c.Hls.LayerName["fc"].PassThrough);
    }

    [Theory]
    [InlineData("Implementation: fastest", "HLSConfig.Model.Implementation: unknown value 'fastest' (expected latency, stable, argmax, legacy)")]
    [InlineData("ParallelizationFactor: 0", "HLSConfig.Model.ParallelizationFactor: 0 must be at least 1")]
    [InlineData("Skip: maybe", "HLSConfig.Model.Skip: 'maybe' is not a boolean")]
    [InlineData("ConvImplementation: Winograd", "HLSConfig.Model.ConvImplementation: unknown value 'Winograd'")]
    public void BadValuesAreErrorsNamingTheKey(string entry, string expected)
    {
        var e = Assert.Throws<ConfigException>(() => new ProjectConfigLoader().LoadYaml($"HLSConfig:\n  Model:\n    {entry}\n", "h.yml"));
        Assert.Contains($"h.yml:3: {expected}", e.Message);
    }

    [Fact]
    public void SoftmaxVariantsAreRefusedWithWhatHls4NetComputes()
    {
        // Exact semantics computes its own softmax; under hls4ml semantics the variant is applied (Hls4mlSoftmaxKeysTests).
        var (_, sink) = Run(Mlp(), "Semantics: exact\nHLSConfig:\n  LayerType:\n    Softmax: {Implementation: latency}\n");
        var w = Assert.Single(sink.Warnings);
        Assert.StartsWith("HLSConfig.LayerType.Softmax.Implementation 'latency' is not applied on layer 'sm' (Softmax): Hls4Net computes its own softmax", w);
    }

    [Fact]
    public void ArgmaxMakesTheSoftmaxOneHot()
    {
        var (g, sink) = Run(Mlp(), "HLSConfig:\n  LayerName:\n    sm: {Implementation: argmax}\n");
        Assert.True(Assert.IsType<SoftmaxOp>(g.FindNode("sm")!.Op).Argmax);
        Assert.Empty(sink.Warnings);
        // Other variants leave the op alone.
        Assert.False(Assert.IsType<SoftmaxOp>(Run(Mlp(), "HLSConfig:\n  Model: {Implementation: stable}\n").Graph.FindNode("sm")!.Op).Argmax);
    }

    [Fact]
    public void ArgmaxWithIoStreamIsAnErrorNamingTheLayer()
    {
        var e = Assert.Throws<ConfigException>(() => Run(Mlp(), "IOType: io_stream\nHLSConfig:\n  LayerType:\n    Softmax: {Implementation: argmax}\n"));
        Assert.StartsWith("layer 'sm' (Softmax): Implementation 'argmax' from HLSConfig.LayerType.Softmax is supported with io_parallel only", e.Message);
    }

    [Fact]
    public void SkipRemovesTheSoftmaxAndTheModelOutputsTheLogits()
    {
        var (g, sink) = Run(Mlp(), "HLSConfig:\n  LayerName:\n    sm: {Skip: true}\n");
        Assert.Null(g.FindNode("sm"));
        Assert.Same(g.FindNode("fc2")!.Output, Assert.Single(g.Outputs));
        Assert.Empty(sink.Warnings);
        Assert.Contains(sink.Events, e => e.Message.Contains("layer 'sm' (Softmax) removed: Skip: true from HLSConfig.LayerName.sm", StringComparison.Ordinal));
    }

    [Fact]
    public void SkipOnAMisspeltLayerNameIsStillReportedUnmatched()
    {
        var (g, sink) = Run(Mlp(), "HLSConfig:\n  LayerName:\n    smx: {Skip: true}\n");
        Assert.NotNull(g.FindNode("sm"));
        Assert.Contains(sink.Warnings, w => w.StartsWith("HLSConfig.LayerName.smx matches no layer", StringComparison.Ordinal));
    }

    [Fact]
    public void SkipFalseKeepsTheSoftmax()
    {
        var (g, sink) = Run(Mlp(), "HLSConfig:\n  Model: {Skip: false}\n");
        Assert.NotNull(g.FindNode("sm"));
        Assert.Empty(sink.Warnings);
    }

    [Fact]
    public void KeysOnTheWrongLayerKindAreWarnings()
    {
        var (_, sink) = Run(Mlp(), """
            HLSConfig:
              LayerName:
                fc1: {Implementation: stable, Skip: true, ParallelizationFactor: 2, ConvImplementation: LineBuffer}
            """);
        Assert.Equal(
        [
            "HLSConfig.LayerName.fc1.Implementation 'stable' has no effect on layer 'fc1' (Dense): it applies to Softmax layers only",
            "HLSConfig.LayerName.fc1.Skip 'true' has no effect on layer 'fc1' (Dense): it applies to Softmax layers only",
            "HLSConfig.LayerName.fc1.ParallelizationFactor '2' has no effect on layer 'fc1' (Dense): it applies to convolutions only",
            "HLSConfig.LayerName.fc1.ConvImplementation 'LineBuffer' has no effect on layer 'fc1' (Dense): it applies to convolutions only",
        ], sink.Warnings.ToList());
    }

    [Fact]
    public void ModelLevelCompressionIsOneWarningListingTheDenseLayers()
    {
        var (_, sink) = Run(Mlp(), "HLSConfig:\n  Model: {Compression: true, Strategy: Resource}\n");
        var w = Assert.Single(sink.Warnings);
        Assert.StartsWith("HLSConfig.Model.Compression 'true' is not applied on layers 'fc1' (Dense), 'fc2' (Dense): Hls4Net stores every weight", w);
    }

    [Fact]
    public void ModelLevelKeysForLayersTheModelLacksAreWarnings()
    {
        var (_, sink) = Run(Cnn(), "HLSConfig:\n  Model: {Implementation: stable, Skip: true}\n");
        Assert.Equal(
        [
            "HLSConfig.Model.Implementation 'stable' has no effect: it applies to Softmax layers, and this model has none",
            "HLSConfig.Model.Skip 'true' has no effect: it applies to Softmax layers, and this model has none",
        ], sink.Warnings.ToList());
    }

    [Fact]
    public void ParallelizationFactorOnAnIoParallelConvolution()
    {
        var (_, partial) = Run(Cnn(), "HLSConfig:\n  LayerType:\n    Conv2D: {ParallelizationFactor: 4}\n");
        var w = Assert.Single(partial.Warnings);
        Assert.StartsWith("HLSConfig.LayerType.Conv2D.ParallelizationFactor '4' is not applied on layer 'conv' (Conv2D): the io_parallel top function is one pipeline", w);
        // 4x4 output pixels all at once is exactly what Hls4Net builds: nothing to refuse.
        var (_, full) = Run(Cnn(), "HLSConfig:\n  LayerType:\n    Conv2D: {ParallelizationFactor: 16}\n");
        Assert.Empty(full.Warnings);
    }

    [Fact]
    public void ConvImplementationFollowsTheIoType()
    {
        Assert.Empty(Run(Cnn(), "IOType: io_stream\nHLSConfig:\n  LayerName:\n    conv: {ConvImplementation: LineBuffer}\n").Sink.Warnings);
        Assert.StartsWith("HLSConfig.LayerName.conv.ConvImplementation 'Encoded' is not applied on layer 'conv' (Conv2D): Hls4Net's io_stream convolutions always use a line buffer",
            Assert.Single(Run(Cnn(), "IOType: io_stream\nHLSConfig:\n  LayerName:\n    conv: {ConvImplementation: Encoded}\n").Sink.Warnings));
        Assert.StartsWith("HLSConfig.LayerName.conv.ConvImplementation 'LineBuffer' is not applied on layer 'conv' (Conv2D): it only applies to io_stream",
            Assert.Single(Run(Cnn(), "HLSConfig:\n  LayerName:\n    conv: {ConvImplementation: LineBuffer}\n").Sink.Warnings));
    }

    [Fact]
    public void TraceSelectsLayersForVerify()
    {
        var (g, sink) = Run(Mlp(), "HLSConfig:\n  Model: {Trace: false}\n  LayerName:\n    fc2: {Trace: true}\n    relu: {Trace: true}\n");
        var config = new ProjectConfigLoader().LoadYaml("HLSConfig:\n  LayerName:\n    fc2: {Trace: true}\n    relu: {Trace: true}\n");
        Assert.Equal(["relu", "fc2"], ConfigTrace.Nodes(g, config.Hls).Select(n => n.Name));
        Assert.Empty(sink.Warnings);
        Assert.Contains(sink.Events, e => e.Message.StartsWith("Trace: true on 2 layer(s) (relu, fc2): `hls4net verify` writes their per-layer outputs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BramFactor: 1000000000", null)]
    [InlineData("BramFactor: 4096", "h.yml:3: HLSConfig.Model.BramFactor: '4096' is not applied: Vitis HLS chooses where weights live")]
    [InlineData("TraceOutput: false", null)]
    [InlineData("TraceOutput: true", "h.yml:3: HLSConfig.Model.TraceOutput: 'true' is not applied: the generated C++ has no trace hooks")]
    [InlineData("PipelineStyle: auto", null)]
    [InlineData("PipelineStyle: dataflow", "h.yml:3: HLSConfig.Model.PipelineStyle: 'dataflow' is not applied: the top function is one pipeline")]
    [InlineData("PipelineInterval: 2", "h.yml:3: HLSConfig.Model.PipelineInterval: '2' is not applied")]
    [InlineData("MergedRelu: true", "h.yml:3: HLSConfig.Model.MergedRelu: 'true' is not applied")]
    public void KeysThatChangeNothingWarnUnlessAtHls4mlsDefault(string entry, string? expected)
    {
        var sink = new CollectingSink();
        var c = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml($"HLSConfig:\n  Model:\n    {entry}\n", "h.yml");
        Assert.Single(c.Hls.Model.PassThrough); // still written to the effective config
        if (expected is null) Assert.Empty(sink.Warnings);
        else Assert.StartsWith(expected, Assert.Single(sink.Warnings));
    }

    [Fact]
    public void OutputPredictionsIsRefusedWithAReason()
    {
        var sink = new CollectingSink();
        var c = new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("InputData: x.npy\nOutputPredictions: y.npy\n", "h.yml", "/d");
        Assert.Equal("/d/x.npy", c.InputData);
        Assert.StartsWith("h.yml:2: OutputPredictions 'y.npy' is not used: the testbench's expected outputs are the emulator's bit-exact predictions",
            Assert.Single(sink.Warnings));
    }

    [Fact]
    public void BackendVitisVivadoAndOthers()
    {
        var sink = new CollectingSink();
        Assert.Equal("Vitis", new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("Backend: vitis\n").Backend);
        Assert.Empty(sink.Warnings);
        new ProjectConfigLoader(sink.CreateLogger()).LoadYaml("Backend: Vivado\n", "h.yml");
        Assert.StartsWith("h.yml:1: Backend 'Vivado': Hls4Net writes a Vitis HLS project", Assert.Single(sink.Warnings));
        var e = Assert.Throws<ConfigException>(() => new ProjectConfigLoader().LoadYaml("Backend: Quartus\n", "h.yml"));
        Assert.Equal("h.yml:1: Backend: 'Quartus' is not supported: Hls4Net writes Vitis HLS projects only (use Backend: Vitis)", e.Message);
    }

    [Theory]
    [InlineData("Stamp: 1a2b\nVersion: 1.0.0\nWriterConfig: {Namespace: null, WriteTar: false, WriteWeightsTxt: true}\nBoard: null\n", null)]
    [InlineData("WriterConfig:\n  Namespace: trigger\n", "h.yml:2: WriterConfig.Namespace: 'trigger' is not applied: the generated C++ is not wrapped in a namespace")]
    [InlineData("WriterConfig:\n  WriteTar: true\n", "h.yml:2: WriterConfig.WriteTar: 'true' is not applied: no .tar.gz")]
    [InlineData("Board: pynq-z2\n", "h.yml:1: Board: 'pynq-z2' is not applied: it configures hls4ml's accelerator backends")]
    [InlineData("AcceleratorConfig:\n  Driver: python\n", "h.yml:2: AcceleratorConfig: 'a mapping of 1' is not applied")]
    [InlineData("HLSConfig:\n  Flows: [vivado:fifo_depth_optimization]\n", "h.yml:2: HLSConfig.Flows: 'a list of 1' is not applied: Hls4Net runs its own fixed pass pipeline")]
    public void OtherHls4mlKeysWarnUnlessAtTheirDefaults(string yaml, string? expected)
    {
        var sink = new CollectingSink();
        new ProjectConfigLoader(sink.CreateLogger()).LoadYaml(yaml, "h.yml");
        if (expected is null) Assert.Empty(sink.Warnings);
        else Assert.StartsWith(expected, Assert.Single(sink.Warnings));
    }
}
