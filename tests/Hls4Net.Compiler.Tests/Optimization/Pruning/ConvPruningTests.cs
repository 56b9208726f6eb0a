using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Emulation;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// Magnitude pruning of convolutions: on hand-built graphs, the weights a selection zeroes (worked out by hand); a
/// pruned Conv1D + Conv2D model's g++ C simulation equals the emulator bit for bit (the kernels skip the zero weights);
/// and the pruned shared ONNX convolution model written with <see cref="PrunedOnnx"/> reads back with the same weights
/// (its Dense layer too, whose unnamed ONNX nodes the writer finds by output name, as the importer names them).
/// </summary>
public sealed class ConvPruningTests
{
    /// <summary>x[3,2] → c (Conv1D k=2, 2→1) → d (Dense 2→1).</summary>
    private static Graph ConvThenDense(float[] conv, float[] dense)
    {
        var g = new Graph("t");
        var x = new Value("x", new Shape(3, 2));
        g.Inputs.Add(x);
        var c = g.Add("c", new Conv1DOp(new ConstTensor(new Shape(2, 2, 1), conv), new ConstTensor(new Shape(1), [0f])), x);
        var flat = g.Add("f", new FlattenOp(), c.Output);
        var d = g.Add("d", new DenseOp(new ConstTensor(new Shape(2, 1), dense), new ConstTensor(new Shape(1), [0f])), flat.Output);
        g.Outputs.Add(d.Output);
        return g;
    }

    private static float[] W(Graph g, string name) => PrunableWeights.Of(g.FindNode(name)!.Op).Data;

    [Fact]
    public void ConvolutionWeightsAreRankedWithTheDenseWeights()
    {
        // conv [0.3, -0.02, 0.5, 0.07] (layout [k, cin, cout]), dense [0.05, -1]. 6 weights, sparsity 0.5 → the 3
        // smallest |w| over both layers: 0.02, 0.05 (dense), 0.07.
        var g = ConvThenDense([0.3f, -0.02f, 0.5f, 0.07f], [0.05f, -1f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.5 });
        Assert.Equal([0.3f, 0f, 0.5f, 0f], W(g, "c"));
        Assert.Equal([0f, -1f], W(g, "d"));
        var conv = (Conv1DOp)g.FindNode("c")!.Op;
        Assert.Equal((2, 2, 1, 1), (conv.KernelSize, conv.InChannels, conv.OutChannels, conv.Stride));
    }

    [Fact]
    public void ANamedConvolutionGetsItsOwnSparsity()
    {
        // c alone at 0.5: ⌊2⌋ = 2 smallest of its 4 (0.02, 0.07); the dense layer alone in the global ranking at 0.5:
        // ⌊1⌋ = 1 (0.05).
        var g = ConvThenDense([0.3f, -0.02f, 0.5f, 0.07f], [0.05f, -1f]);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.5, Layers = new Dictionary<string, double> { ["c"] = 0.5 } });
        Assert.Equal([0.3f, 0f, 0.5f, 0f], W(g, "c"));
        Assert.Equal([0f, -1f], W(g, "d"));
        var missing = Assert.Throws<UsageException>(() => MagnitudePruner.Apply(g, new PruneSelection { Layers = new Dictionary<string, double> { ["f"] = 0.5 } }));
        Assert.Contains("no Dense or convolution layer named 'f'", missing.Message);
    }

    [Theory]
    [InlineData(ArithmeticSemantics.Hls4ml, IoType.IoParallel)]
    [InlineData(ArithmeticSemantics.Exact, IoType.IoParallel)]
    [InlineData(ArithmeticSemantics.Hls4ml, IoType.IoStream)]
    public void APrunedConvolutionModelCsimulatesBitExactWithTheEmulator(ArithmeticSemantics semantics, IoType io)
    {
        var rng = new Random(7);
        float[] Random(int n) => Enumerable.Range(0, n).Select(_ => (float)Math.Round(rng.NextDouble() * 2 - 1, 4)).ToArray();
        var g = new Graph("pruned_conv");
        var x = new Value("x", new Shape(6, 5, 2));
        g.Inputs.Add(x);
        var c2 = g.Add("c2", new Conv2DOp(new ConstTensor(new Shape(3, 3, 2, 4), Random(72)), new ConstTensor(new Shape(4), Random(4)),
            (1, 1), new Padding2D(1, 1, 1, 1), (1, 1)), x);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), c2.Output);
        var reshape = g.Add("r", new ReshapeOp(new Shape(30, 4)), relu.Output);
        var c1 = g.Add("c1", new Conv1DOp(new ConstTensor(new Shape(3, 4, 3), Random(36)), new ConstTensor(new Shape(3), Random(3)), stride: 2), reshape.Output);
        g.Outputs.Add(c1.Output);
        MagnitudePruner.Apply(g, new PruneSelection { Sparsity = 0.6, PerLayer = true });
        Assert.Equal(43, W(g, "c2").Count(w => w == 0)); // ⌊0.6 · 72⌋
        Assert.Equal(21, W(g, "c1").Count(w => w == 0)); // ⌊0.6 · 36⌋

        var config = new ProjectConfig { ProjectName = "myproject", IoType = io, Semantics = semantics };
        config.Hls.Model.Precision[PrecisionSlot.Default] = Core.Numerics.FixedType.Parse("ap_fixed<14,5>");
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        const int samples = 60;
        var rows = Enumerable.Range(0, samples).Select(_ => Enumerable.Range(0, 60).Select(_ => Math.Round((rng.NextDouble() * 2 - 1) * 3, 4)).ToArray()).ToList();
        var dir = Directory.CreateTempSubdirectory("hls4net-pruned-conv-").FullName;
        try
        {
            var outDir = Path.Combine(dir, "p");
            var csim = CsimFlow.WriteAndSimulate(g, config, outDir, rows);
            Assert.Contains("if (w == 0) continue;", File.ReadAllText(Path.Combine(outDir, "firmware", "nnet_utils", io == IoType.IoStream ? "nnet_conv_stream.h" : "nnet_conv2d.h")));
            var emulated = new Interpreter(StandardOps.Create().Kernels()).Run(g, rows.SelectMany(r => r).ToArray(), samples);
            var compared = CsimFlow.CompareRaw(emulated, csim.Outputs, samples);
            Assert.True(compared.Mismatches == 0, $"{compared.Mismatches} mismatching values; first: {compared.First}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedModelFact]
    public void ThePrunedOnnxConvolutionModelReadsBackWithThePrunedWeights()
    {
        var path = RepoPaths.OnnxModel("conv2d_small_keras");
        var model = HlsModel.Load(path);
        var graph = model.CopyGraph();
        var convs = graph.Nodes.Where(n => n.Op is Conv2DOp).Select(n => n.Name).ToList();
        Assert.NotEmpty(convs);
        // Every layer at 0.5. The Dense layer is a MatMul + Add whose ONNX nodes have no name (tf2onnx): the importer names
        // it by its output, and the writer finds it the same way.
        MagnitudePruner.Apply(graph, new PruneSelection { Sparsity = 0.5, PerLayer = true });
        var pruned = model.WithGraph(graph);
        Assert.NotEmpty(PrunedOnnx.ConvRewrites(model, pruned));
        var dir = Directory.CreateTempSubdirectory("hls4net-pruned-onnx-").FullName;
        Graph back;
        try
        {
            var file = Path.Combine(dir, "pruned.onnx");
            PrunedOnnx.Write(model, pruned, file);
            back = HlsModel.Load(file).CopyGraph();
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
        foreach (var name in convs)
        {
            var expected = PrunableWeights.Of(graph.FindNode(name)!.Op).Data;
            Assert.Equal(expected, PrunableWeights.Of(back.FindNode(name)!.Op).Data);
            Assert.True(expected.Count(w => w == 0) >= expected.Length / 2, name);
        }
        var dense = graph.Nodes.Where(n => n.Op is DenseOp).ToList();
        Assert.NotEmpty(dense);
        foreach (var node in dense)
        {
            var expected = ((DenseOp)node.Op).Weights.Data;
            Assert.Equal(expected, ((DenseOp)back.FindNode(node.Name)!.Op).Weights.Data);
            Assert.True(expected.Count(w => w == 0) >= expected.Length / 2, node.Name);
        }
    }
}
