using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Frontends;
using Hls4Net.Ops;
using Hls4Net.Optimization;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Compiler.Tests.Optimization.Pruning;

/// <summary>
/// A pruned Keras model (JSON + H5) is written as a new ONNX model (<see cref="PrunedOnnx"/>, OnnxGraphExporter):
/// it imports with the pruned weights, ONNX Runtime runs it with the outputs our float interpreter gives for the pruned
/// graph, and it configures as convert would. A Keras model with a convolution is refused with one clear error.
/// </summary>
public sealed class KerasPrunedOnnxTests
{
    [SharedModelFact]
    public void APrunedKerasMlpIsWrittenAsOnnxThatOnnxRuntimeRunsAlike()
    {
        var model = HlsModel.Load(RepoPaths.KerasModel("KERAS_3layer.json"), new LoadOptions { WeightsPath = RepoPaths.KerasModel("KERAS_3layer_weights.h5") });
        var graph = model.CopyGraph();
        MagnitudePruner.Apply(graph, new PruneSelection { Sparsity = 0.3 });
        var pruned = model.WithGraph(graph);
        var dir = Directory.CreateTempSubdirectory("hls4net-keras-onnx-").FullName;
        try
        {
            var file = Path.Combine(dir, "pruned.onnx");
            PrunedOnnx.Write(model, pruned, file);
            var back = HlsModel.Load(file);
            var backGraph = back.CopyGraph();
            var dense = graph.Nodes.Where(n => n.Op is DenseOp).ToList();
            Assert.Equal(4, dense.Count);
            foreach (var node in dense)
            {
                var read = (DenseOp)backGraph.FindNode(node.Name)!.Op;
                Assert.Equal(((DenseOp)node.Op).Weights.Data, read.Weights.Data);
                Assert.Equal(((DenseOp)node.Op).Bias.Data, read.Bias.Data);
            }
            Assert.True(dense.Sum(n => ((DenseOp)n.Op).Weights.Data.Count(w => w == 0)) >= 1276); // ⌊0.3 · 4256⌋

            var samples = SampleSet.Random(200, 16, 4);
            var ours = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, samples.Flatten(), samples.Count).Outputs[0];
            var design = back.Configure(new ProjectConfig());
            var ort = new OnnxFloatReference(file, design.Graph).Run(samples, []).Outputs[0];
            Assert.Equal(ours.Length, ort.Length);
            for (var i = 0; i < ours.Length; i++) Assert.True(Math.Abs(ours[i] - ort[i]) < 1e-5, $"value {i}: {ours[i]} vs ONNX Runtime {ort[i]}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [SharedModelFact]
    public void AKerasModelWithAConvolutionIsRefused()
    {
        var model = HlsModel.Load(RepoPaths.KerasModel("KERAS_conv2d_model.json"), new LoadOptions { WeightsPath = RepoPaths.KerasModel("KERAS_conv2d_model_weights.h5") });
        var dir = Directory.CreateTempSubdirectory("hls4net-keras-onnx-").FullName;
        try
        {
            var file = Path.Combine(dir, "pruned.onnx");
            var e = Assert.Throws<ModelLoadException>(() => PrunedOnnx.Write(model, model, file));
            Assert.Contains("cannot write", e.Message);
            Assert.Contains("only Dense layers and element-wise activations are written", e.Message);
            Assert.False(File.Exists(file));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
