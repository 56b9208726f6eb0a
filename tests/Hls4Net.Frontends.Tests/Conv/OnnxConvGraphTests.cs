using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.Frontends.Tests.Onnx;

namespace Hls4Net.Frontends.Tests.Conv;

public class OnnxConvGraphTests
{
    private static void ChannelsLast(Graph g) => new ChannelsLastPass().Run(g, new PassContext(new ProjectConfig()));

    private static float[] Seq(int n, float scale, float offset = 0) => Enumerable.Range(0, n).Select(i => ((i * 7 % 11) - 5) * scale + offset).ToArray();

    /// <summary>Channels-first 1-D convolution written straight from ONNX's definition (w[co][ci][k], pads, stride).</summary>
    private static double[,] ConvNcl(double[,] x, float[] w, float[] b, int cout, int k, int padL, int padR, int stride)
    {
        int cin = x.GetLength(0), len = x.GetLength(1);
        var outLen = (len + padL + padR - k) / stride + 1;
        var y = new double[cout, outLen];
        for (var co = 0; co < cout; co++)
            for (var o = 0; o < outLen; o++)
            {
                double acc = b[co];
                for (var ci = 0; ci < cin; ci++)
                    for (var t = 0; t < k; t++)
                    {
                        var i = o * stride - padL + t;
                        if (i >= 0 && i < len) acc += x[ci, i] * w[(co * cin + ci) * k + t];
                    }
                y[co, o] = acc;
            }
        return y;
    }

    [Fact]
    public void Conv_then_two_branches_then_Add()
    {
        // x [N, 2, 6] -> Conv(3 filters, k 3, pads 1/1) = c; a = Relu(c); b = Conv(1x1, 3->3)(c); out = a + b  [N, 3, 6]
        float[] w1 = Seq(2 * 3 * 3, 0.25f), b1 = [0.5f, -0.25f, 0f], w2 = Seq(3 * 3, 0.5f, 0.125f), b2 = [0f, 1f, -1f];
        var m = new OnnxModelBuilder(name: "branch")
            .Input("x", 2, 6).Output("y", 3, 6)
            .Init("w1", [3, 2, 3], w1).Init("b1", [3], b1).Init("w2", [3, 3, 1], w2).Init("b2", [3], b2)
            .Node("Conv", "conv1", ["x", "w1", "b1"], "c", ("kernel_shape", new long[] { 3 }), ("pads", new long[] { 1, 1 }))
            .Node("Relu", "relu", ["c"], "a")
            .Node("Conv", "conv2", ["c", "w2", "b2"], "b")
            .Node("Add", "add", ["a", "b"], "y");
        var g = m.Import();
        Assert.Single(g.Nodes, n => n.Op is ElementwiseOp { Operation: ElementwiseKind.Add });
        ChannelsLast(g);
        // Only the boundary layout changes stay: channels-first input in, channels-first output out.
        Assert.Equal(2, g.Nodes.Count(n => n.Op is TransposeOp));
        Assert.Equal(new Shape(3, 6), g.Outputs[0].Shape);

        var rng = new Random(3);
        for (var s = 0; s < 10; s++)
        {
            var flat = Enumerable.Range(0, 12).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
            var x = new double[2, 6];
            for (var i = 0; i < 12; i++) x[i / 6, i % 6] = flat[i];
            var c = ConvNcl(x, w1, b1, 3, 3, 1, 1, 1);
            var bb = ConvNcl(c, w2, b2, 3, 1, 0, 0, 1);
            var expected = new double[18];
            for (var co = 0; co < 3; co++)
                for (var i = 0; i < 6; i++) expected[co * 6 + i] = Math.Max(c[co, i], 0) + bb[co, i];
            Assert.Equal(expected, FloatGraph.Run(g, flat), (p, q) => Math.Abs(p - q) < 1e-5);
        }
    }

    [Fact]
    public void Pad_then_stride_2_conv_then_maxpool()
    {
        // x [N, 1, 5, 5] -> Pad (1 on each spatial side, constant 0, pads as an input) -> [1, 7, 7]
        // -> Conv(2 filters, 3x3, stride 2) -> [2, 3, 3] -> MaxPool(2x2, stride 1) -> [2, 2, 2]
        var w = Seq(2 * 9, 0.125f);
        float[] b = [0.5f, -0.5f];
        var m = new OnnxModelBuilder(name: "padstride")
            .Input("x", 1, 5, 5).Output("y", 2, 2, 2)
            .InitInt64("pads", 0, 0, 1, 1, 0, 0, 1, 1)
            .Init("w", [2, 1, 3, 3], w).Init("b", [2], b)
            .Node("Pad", "pad", ["x", "pads"], "p")
            .Node("Conv", "conv", ["p", "w", "b"], "c", ("kernel_shape", new long[] { 3, 3 }), ("strides", new long[] { 2, 2 }))
            .Node("MaxPool", "pool", ["c"], "y", ("kernel_shape", new long[] { 2, 2 }));
        var g = m.Import();
        Assert.Equal(new Shape(7, 7, 1), Assert.Single(g.Nodes, n => n.Op is ZeroPadOp).Output.Shape);
        ChannelsLast(g);
        Assert.Equal(new Shape(2, 2, 2), g.Outputs[0].Shape);
        var rng = new Random(4);
        var flat = Enumerable.Range(0, 25).Select(_ => rng.NextDouble() * 2 - 1).ToArray();
        // reference straight in NCHW
        double X(int r, int c) => r < 1 || r > 5 || c < 1 || c > 5 ? 0 : flat[(r - 1) * 5 + (c - 1)];
        var conv = new double[2, 3, 3];
        for (var co = 0; co < 2; co++)
            for (var oh = 0; oh < 3; oh++)
                for (var ow = 0; ow < 3; ow++)
                {
                    double acc = b[co];
                    for (var i = 0; i < 3; i++)
                        for (var j = 0; j < 3; j++) acc += X(oh * 2 + i, ow * 2 + j) * w[co * 9 + i * 3 + j];
                    conv[co, oh, ow] = acc;
                }
        var expected = new List<double>();
        for (var co = 0; co < 2; co++)
            for (var oh = 0; oh < 2; oh++)
                for (var ow = 0; ow < 2; ow++)
                    expected.Add(Math.Max(Math.Max(conv[co, oh, ow], conv[co, oh + 1, ow]), Math.Max(conv[co, oh, ow + 1], conv[co, oh + 1, ow + 1])));
        Assert.Equal(expected, FloatGraph.Run(g, flat), (p, q) => Math.Abs(p - q) < 1e-5);
    }

    [Fact]
    public void Depthwise_conv_from_group_equal_to_channels()
    {
        // x [N, 2, 4], group 2, 4 filters (multiplier 2), k 2: filter co reads channel co / 2.
        var w = Seq(4 * 2, 0.5f);
        var m = new OnnxModelBuilder(name: "dw").Input("x", 2, 4).Output("y", 4, 3)
            .Init("w", [4, 1, 2], w)
            .Node("Conv", "dw", ["x", "w"], "y", ("group", 2L), ("kernel_shape", new long[] { 2 }));
        var g = m.Import();
        Assert.Single(g.Nodes, n => n.Op is DepthwiseConv1DOp { DepthMultiplier: 2 });
        var x = new double[] { 1, 2, 3, 4, -1, 0.5, 2, -2 };
        var expected = new double[12];
        for (var co = 0; co < 4; co++)
            for (var o = 0; o < 3; o++) expected[co * 3 + o] = x[co / 2 * 4 + o] * w[co * 2] + x[co / 2 * 4 + o + 1] * w[co * 2 + 1];
        Assert.Equal(new Shape(4, 3), g.Outputs[0].Shape);
        Assert.Equal(expected, FloatGraph.Run(g, x), (p, q) => Math.Abs(p - q) < 1e-6);
        ChannelsLast(g);
        Assert.Equal(expected, FloatGraph.Run(g, x), (p, q) => Math.Abs(p - q) < 1e-6);
    }
}
