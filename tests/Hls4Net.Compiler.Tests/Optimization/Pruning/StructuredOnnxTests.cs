using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// Heavy pruning (90 %) with structured removal on the sample jet tagger: layers really shrink, the pruned model
/// computes what the magnitude-pruned (unshrunk) model computes, and the shrunk ONNX file runs in ONNX Runtime with
/// the same outputs as our float interpreter.
/// </summary>
public sealed class StructuredOnnxTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-structured-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static PruneReport Prune(HlsModel model, bool structured) => new PruneSearch().Run(model, new ProjectConfig(), new PruneSettings
    {
        Calibration = SampleSet.Random(20, 16, 1),
        Selection = new PruneSelection { Sparsity = 0.9 },
        Target = PrecisionTarget.Parse("max-abs<=1"),
        Evaluation = PruneEvaluation.Float,
        Structured = structured,
        Parallelism = 1,
    });

    private static double[] Float(HlsModel m, SampleSet s) =>
        new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(m.Configure(new ProjectConfig()).Graph, s.Flatten(), s.Count).Outputs[0];

    [Fact]
    public void LayersShrinkAndTheShrunkModelComputesTheSameInFloatAndInOnnxRuntime()
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var flat = Prune(model, structured: false);
        var shrunk = Prune(model, structured: true);
        Assert.NotEmpty(shrunk.Removals);
        var before = model.CopyGraph().Nodes.Select(n => n.Op).OfType<DenseOp>().Sum(d => d.Weights.Size);
        var after = shrunk.PrunedModel.CopyGraph().Nodes.Select(n => n.Op).OfType<DenseOp>().Sum(d => d.Weights.Size);
        Assert.True(after < before, $"{after} weights after, {before} before");
        Assert.All(shrunk.Removals, r => Assert.Equal(shrunk.Layers.Single(l => l.Layer == r.Layer).NeuronsRemoved, r.Removed));

        var samples = SampleSet.Random(100, 16, 2);
        var expected = Float(flat.PrunedModel, samples);
        var actual = Float(shrunk.PrunedModel, samples);
        // Folding relu(b)·W into the next bias reorders float sums: equal to float rounding.
        Assert.True(expected.Zip(actual, (a, b) => Math.Abs(a - b)).Max() <= 1e-6);

        var path = Path.Combine(_dir, "shrunk.onnx");
        PrunedOnnx.Write(model, shrunk.PrunedModel, path);
        var reloaded = HlsModel.Load(path);
        var graph = reloaded.Configure(new ProjectConfig()).Graph;
        Assert.Equal(after, graph.Nodes.Select(n => n.Op).OfType<DenseOp>().Sum(d => d.Weights.Size));
        var ort = new OnnxFloatReference(path, graph).Run(samples, []).Outputs[0];
        Assert.True(ort.Zip(expected, (a, b) => Math.Abs(a - b)).Max() <= 1e-6);
    }
}
