using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Conv;

public class ConvModelImportTests
{
    private static Graph Onnx(string file) => new OnnxImporter().Import(Path.Combine(RepoPaths.SharedModels("onnx"), file));

    private static Graph Keras(string stem) =>
        new KerasImporter().Import(RepoPaths.KerasModel(stem + ".json"), RepoPaths.KerasModel(stem + "_weights.h5"));

    private static void ChannelsLast(Graph g) => new ChannelsLastPass().Run(g, new PassContext(new ProjectConfig()));

    private static double[] RandomInput(Random rng, int n) => Enumerable.Range(0, n).Select(_ => rng.NextDouble() * 4 - 2).ToArray();

    [SharedModelFact]
    public void Onnx_conv1d_has_no_transposes_after_the_pass_and_keeps_its_outputs()
    {
        var g = Onnx("conv1d_small_keras.onnx");
        Assert.Contains(g.Nodes, n => n.Op is TransposeOp);
        var rng = new Random(1);
        var inputs = Enumerable.Range(0, 20).Select(_ => RandomInput(rng, 40)).ToList();
        var before = inputs.Select(x => FloatGraph.Run(g, x)).ToList();
        ChannelsLast(g);
        Assert.DoesNotContain(g.Nodes, n => n.Op is TransposeOp);
        Assert.Equal(new Shape(10, 4), g.Inputs[0].Shape);
        Assert.Equal([new Shape(10, 3), new Shape(10, 2), new Shape(10, 1)], g.Nodes.Where(n => n.Op is Conv1DOp).Select(n => n.Output.Shape));
        Assert.Equal(new Shape(5), g.Outputs[0].Shape);
        for (var i = 0; i < inputs.Count; i++) Assert.Equal(before[i], FloatGraph.Run(g, inputs[i]), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [SharedModelFact]
    public void Onnx_conv2d_has_no_transposes_after_the_pass()
    {
        var g = Onnx("conv2d_small_keras.onnx");
        var rng = new Random(2);
        var x = RandomInput(rng, 64);
        var before = FloatGraph.Run(g, x);
        ChannelsLast(g);
        Assert.DoesNotContain(g.Nodes, n => n.Op is TransposeOp);
        var conv = Assert.Single(g.Nodes, n => n.Op is Conv2DOp);
        Assert.Equal(new Shape(8, 8, 1), conv.Inputs[0].Shape);
        Assert.Equal(new Shape(8, 8, 2), conv.Output.Shape);
        Assert.Equal(new Padding2D(1, 1, 1, 1), ((Conv2DOp)conv.Op).Padding);
        Assert.Equal(new Shape(10), g.Outputs[0].Shape);
        Assert.Equal(before, FloatGraph.Run(g, x), (a, b) => Math.Abs(a - b) < 1e-9);
    }

    [SharedModelFact]
    public void Keras_conv_models_import_with_channels_last_shapes()
    {
        var c1 = Keras("KERAS_conv1d_small");
        Assert.Equal(new Shape(10, 4), c1.Inputs[0].Shape);
        var convs = c1.Nodes.Where(n => n.Op is Conv1DOp).ToList();
        Assert.Equal(3, convs.Count);
        Assert.All(convs, n => Assert.Equal((1, 2), (((Conv1DOp)n.Op).PadLeft, ((Conv1DOp)n.Op).PadRight))); // "same", kernel 4
        Assert.Equal(new Shape(5), c1.Outputs[0].Shape);

        var c2 = Keras("KERAS_conv2d_model");
        Assert.Equal(new Shape(8, 8, 1), c2.Inputs[0].Shape);
        var conv = Assert.Single(c2.Nodes, n => n.Op is Conv2DOp);
        Assert.Equal(new Shape(8, 8, 2), conv.Output.Shape);
        Assert.Equal(new Shape(10), c2.Outputs[0].Shape);
    }

    [SharedModelFact]
    public void Keras_and_Onnx_conv1d_give_the_same_float_outputs()
    {
        var keras = Keras("KERAS_conv1d_small");
        var onnx = Onnx("conv1d_small_keras.onnx");
        ChannelsLast(onnx);
        var rng = new Random(42);
        for (var s = 0; s < 50; s++)
        {
            var x = RandomInput(rng, 40);
            var a = FloatGraph.Run(keras, x);
            var b = FloatGraph.Run(onnx, x);
            Assert.Equal(5, a.Length);
            Assert.Equal(a, b, (p, q) => Math.Abs(p - q) < 1e-5);
        }
    }
}
