using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// <see cref="OnnxPrunedModelWriter"/> on convolutions: Conv → Relu → Conv (1-D) with filter 1 of the first removed and
/// the second's input channel 1 with it. The expected file is a second model built by hand with the shrunk ONNX arrays;
/// both import to the same weights and shapes.
/// </summary>
public sealed class OnnxPrunedConvWriterTests
{
    // ONNX layout [cout, cin, k]. l: 3 filters of 1 channel, k = 2; m: 2 filters of 3 channels, k = 2.
    private static readonly float[] W1 = [0.5f, -0.25f, 1f, 2f, -0.75f, 0.125f];
    private static readonly float[] B1 = [0.1f, 0.2f, 0.3f];
    private static readonly float[] W2 = [1f, 2f, 0f, 0f, 3f, 4f, -1f, -2f, 0f, 0f, -3f, -4f];
    private static readonly float[] B2 = [0.5f, -0.5f];

    private static OnnxModelBuilder Model(int filters, float[] w1, float[] b1, float[] w2) => new OnnxModelBuilder()
        .Input("x", 1, 6)
        .Init("w1", [filters, 1, 2], w1)
        .Init("b1", [filters], b1)
        .Node("Conv", "l", ["x", "w1", "b1"], "c1", ("kernel_shape", new long[] { 2 }))
        .Node("Relu", "r", ["c1"], "r1")
        .Init("w2", [2, filters, 2], w2)
        .Init("b2", [2], B2)
        .Node("Conv", "m", ["r1", "w2", "b2"], "y", ("kernel_shape", new long[] { 2 }))
        .Output("y", 2, 4);

    [Fact]
    public void ARemovedFilterAndTheInputChannelItFedAreWrittenShrunk()
    {
        var original = Model(3, W1, B1, W2);
        var graph = original.Import();
        var l = (Conv1DOp)graph.FindNode("l")!.Op;
        var m = (Conv1DOp)graph.FindNode("m")!.Op;
        Assert.Equal((3, 3), (l.OutChannels, m.InChannels));
        // The new IR weights: drop co = 1 of l ([k, cin, cout]) and ci = 1 of m ([k, cin, cout]).
        var newL = Enumerable.Range(0, l.Weights.Size).Where(i => i % 3 != 1).Select(i => l.Weights.Data[i]).ToArray();
        var newM = Enumerable.Range(0, m.Weights.Size).Where(i => i / 2 % 3 != 1).Select(i => m.Weights.Data[i]).ToArray();
        var rewrites = new[]
        {
            new OnnxConvRewrite("l", 1, 2, 1, 3, l.Weights.Data, l.Bias.Data, 1, 2, newL, [B1[0], B1[2]]),
            new OnnxConvRewrite("m", 1, 2, 3, 2, m.Weights.Data, m.Bias.Data, 2, 2, newM, m.Bias.Data),
        };
        var bytes = new OnnxPrunedModelWriter().Rewrite(original.Bytes(), "t.onnx", [], rewrites);
        var written = new OnnxImporter().Import(bytes, "t");

        // By hand in ONNX layout: l keeps filters 0 and 2, m keeps input channels 0 and 2 of each filter.
        var expected = Model(2, [0.5f, -0.25f, -0.75f, 0.125f], [0.1f, 0.3f], [1f, 2f, 3f, 4f, -1f, -2f, -3f, -4f]).Import();
        foreach (var name in new[] { "l", "m" })
        {
            var a = (Conv1DOp)written.FindNode(name)!.Op;
            var e = (Conv1DOp)expected.FindNode(name)!.Op;
            Assert.Equal(e.Weights.Shape, a.Weights.Shape);
            Assert.Equal(e.Weights.Data, a.Weights.Data);
            Assert.Equal(e.Bias.Data, a.Bias.Data);
        }
    }

    [Fact]
    public void WeightsThatDoNotMatchTheFileAreRefused()
    {
        var original = Model(3, W1, B1, W2);
        var l = (Conv1DOp)original.Import().FindNode("l")!.Op;
        var wrong = (float[])l.Weights.Data.Clone();
        wrong[0] += 1;
        var e = Assert.Throws<ModelLoadException>(() => new OnnxPrunedModelWriter().Rewrite(original.Bytes(), "t.onnx", [],
            [new OnnxConvRewrite("l", 1, 2, 1, 3, wrong, l.Bias.Data, 1, 3, l.Weights.Data, l.Bias.Data)]));
        Assert.Contains("layer 'l' has weights that import changed", e.Message);
    }
}
