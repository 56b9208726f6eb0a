using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Ops;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>
/// Hand-built graphs with every layer family that has an io_stream kernel (strided / dilated / padded convolutions,
/// depthwise, max / average / global pooling, zero padding, cropping, upsampling, concatenation on the channel
/// and on a spatial axis with three inputs, element-wise merges, fan-out and a tensor that is both read and an
/// output). io_stream and io_parallel are both checked against the emulator, bit for bit.
/// </summary>
public sealed class StreamLayerGraphTests
{
    [Theory]
    [InlineData(IoType.IoStream)]
    [InlineData(IoType.IoParallel)]
    public void Two_dimensional_layer_zoo_matches_the_emulator(IoType io)
    {
        var g = Zoo2D();
        StreamCheck.Compile(g, io);

        var res = StreamCheck.Run(g, io, samples: 200, seed: 21, range: 3);
        if (io == IoType.IoStream)
        {
            Assert.Contains("nnet::clone_stream<layer3_t", res.TopCpp);
            Assert.Contains("nnet::concatenate_stream<", res.TopCpp);
            Assert.Contains("_part1", res.TopCpp);
        }
        Assert.True(res.Mismatches == 0, $"{io}: {res.Mismatches} mismatching values; first: {res.First}");
    }

    /// <summary>The 2-D zoo: every 2-D layer family with an io_stream kernel, fan-out and five outputs.</summary>
    internal static Graph Zoo2D()
    {
        var g = new Graph("zoo2d");
        var x = new Value("x", new Shape(9, 7, 3));
        g.Inputs.Add(x);
        var conv = g.Add("conv", new Conv2DOp(T(new Shape(3, 3, 3, 4), 1), T(new Shape(4), 2), (2, 1), new Padding2D(1, 1, 2, 0), (1, 2)), x);
        var r = g.Add("relu", new ActivationOp(ActivationKind.Relu), conv.Output);
        var dw = g.Add("dw", new DepthwiseConv2DOp(T(new Shape(2, 2, 4, 2), 3), T(new Shape(8), 4), (1, 1), new Padding2D(0, 1, 0, 1), (1, 1)), r.Output);
        var pmax = g.Add("pmax", new Pool2DOp(PoolKind.Max, (2, 2), (2, 2), new Padding2D(0, 1, 0, 1)), r.Output);
        var pavg = g.Add("pavg", new Pool2DOp(PoolKind.Average, (3, 3), (1, 1), new Padding2D(1, 1, 1, 1)), r.Output);
        var add = g.Add("add", new ElementwiseOp(ElementwiseKind.Add), r.Output, pavg.Output);
        var avg = g.Add("avg", new ElementwiseOp(ElementwiseKind.Average), add.Output, r.Output);
        var cat = g.Add("cat", new ConcatOp(2), avg.Output, dw.Output);
        var zp = g.Add("zp", new ZeroPadOp([1, 0], [0, 2]), cat.Output);
        var crop = g.Add("crop", new CropOp([1, 1], [0, 2]), zp.Output);
        var up = g.Add("up", new UpsampleOp(1, 2), pmax.Output);
        var up23 = g.Add("up23", new UpsampleOp(2, 3), pmax.Output);
        var cat3 = g.Add("cat3", new ConcatOp(1), pmax.Output, up.Output, pmax.Output);
        var gp = g.Add("gp", new GlobalPoolOp(PoolKind.Average), crop.Output);
        var mx = g.Add("mx", new ElementwiseOp(ElementwiseKind.Max), avg.Output, r.Output, add.Output);
        g.Outputs.Add(gp.Output);
        g.Outputs.Add(cat3.Output);
        g.Outputs.Add(r.Output);
        g.Outputs.Add(mx.Output);
        g.Outputs.Add(up23.Output);
        return g;
    }

    [Theory]
    [InlineData(IoType.IoStream)]
    [InlineData(IoType.IoParallel)]
    public void One_dimensional_layer_zoo_matches_the_emulator(IoType io)
    {
        var g = Zoo1D();
        StreamCheck.Compile(g, io);
        AssertDifferenceIsNotConstant(g);

        var res = StreamCheck.Run(g, io, samples: 200, seed: 22, range: 3);
        if (io == IoType.IoStream) Assert.Contains("nnet::clone_stream<input_t, 12>(x, input1_cpy1, output_4);", res.TopCpp);
        Assert.True(res.Mismatches == 0, $"{io}: {res.Mismatches} mismatching values; first: {res.First}");
    }

    /// <summary>
    /// The 1-D zoo. The subtraction takes two different concatenations of the same branches (cat − cat2), so it and
    /// the layers after it (mul, dense, softmax) see data that varies from sample to sample; it is also an output (the 5th).
    /// </summary>
    internal static Graph Zoo1D()
    {
        var g = new Graph("zoo1d");
        var x = new Value("x", new Shape(12, 2));
        g.Inputs.Add(x);
        var conv = g.Add("conv", new Conv1DOp(T(new Shape(3, 2, 3), 5), T(new Shape(3), 6), stride: 2, padLeft: 1, padRight: 1), x);
        var dw = g.Add("dw", new DepthwiseConv1DOp(T(new Shape(2, 3, 1), 7), T(new Shape(3), 8), stride: 1, padLeft: 0, padRight: 1, dilation: 2), conv.Output);
        var pmax = g.Add("pmax", new Pool1DOp(PoolKind.Max, 2, 2, padLeft: 0, padRight: 1), dw.Output);
        var pavg = g.Add("pavg", new Pool1DOp(PoolKind.Average, 3, 1, padLeft: 1, padRight: 1, countIncludePad: true), conv.Output);
        var zp = g.Add("zp", new ZeroPadOp([2], [1]), pmax.Output);
        var up = g.Add("up", new UpsampleOp(3), zp.Output);
        var cat = g.Add("cat", new ConcatOp(1), pavg.Output, conv.Output, pavg.Output);
        var cat2 = g.Add("cat2", new ConcatOp(1), conv.Output, pavg.Output, conv.Output);
        var sub = g.Add("sub", new ElementwiseOp(ElementwiseKind.Sub), cat.Output, cat2.Output);
        var mul = g.Add("mul", new ElementwiseOp(ElementwiseKind.Mul), sub.Output, cat.Output);
        var flat = g.Add("flat", new FlattenOp(), mul.Output);
        var d = g.Add("dense", new DenseOp(T(new Shape(54, 4), 9), T(new Shape(4), 10)), flat.Output);
        var sm = g.Add("sm", new SoftmaxOp(), d.Output);
        var gmax = g.Add("gmax", new GlobalPoolOp(PoolKind.Max), up.Output);
        g.Outputs.Add(sm.Output);
        g.Outputs.Add(up.Output);
        g.Outputs.Add(gmax.Output);
        g.Outputs.Add(x);
        g.Outputs.Add(sub.Output);
        return g;
    }

    /// <summary>The zoo's subtraction output (emulated on a few random samples) takes many values, in every sample.</summary>
    private static void AssertDifferenceIsNotConstant(Graph g)
    {
        const int samples = 8;
        var rng = new Random(5);
        var x = Enumerable.Range(0, samples * g.Inputs[0].Shape.Size).Select(_ => rng.NextDouble() * 6 - 3).ToArray();
        var sub = new Interpreter(StandardOps.Create().Kernels()).Run(g, [x], samples).Outputs[^1];
        for (var s = 0; s < samples; s++)
        {
            var distinct = sub.Sample(s).ToArray().Distinct().Count();
            Assert.True(distinct > 5, $"sample {s}: the subtraction takes only {distinct} distinct values");
        }
    }

    private static ConstTensor T(Shape shape, int seed) => StreamDenseTests.Tensor(shape, seed);
}
