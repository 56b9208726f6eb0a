using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Stream;

/// <summary>io_stream designs of dense-style networks: C simulation equals the emulator bit for bit.</summary>
[StartsFirst(8)]
public sealed class StreamDenseTests
{
    [SharedModelFact]
    public void Three_layer_onnx_model_in_io_stream_matches_the_emulator()
    {
        var graph = StreamCheck.Import("onnx/three_layer_keras.onnx", null, IoType.IoStream);
        var r = StreamCheck.Run(graph, IoType.IoStream, samples: 300, seed: 11);
        Assert.Contains("#pragma HLS DATAFLOW", r.TopCpp);
        Assert.Contains("hls::stream<", r.TopCpp);
        Assert.True(r.Mismatches == 0, $"{r.Mismatches} mismatching values; first: {r.First}");
    }

    [SharedModelFact]
    public void Keras_three_layer_model_in_io_stream_matches_the_emulator()
    {
        var graph = StreamCheck.Import("keras/KERAS_3layer.json", "keras/KERAS_3layer_weights.h5", IoType.IoStream);
        var r = StreamCheck.Run(graph, IoType.IoStream, samples: 300, seed: 12);
        Assert.True(r.Mismatches == 0, $"{r.Mismatches} mismatching values; first: {r.First}");
    }

    /// <summary>
    /// Row-wise dense on a [3, 4] tensor, batch norm, leaky ReLU, PReLU, a sigmoid table, a reshape that regroups
    /// the stream elements, dense and softmax (also per row of a [3, 5] tensor); the ReLU output is also a graph output and feeds two layers (clones).
    /// </summary>
    [Fact]
    public void Mixed_dense_activation_graph_with_fan_out_matches_the_emulator()
    {
        var g = new Graph("mixed");
        var x = new Value("x", new Shape(3, 4));
        g.Inputs.Add(x);
        var d1 = g.Add("d1", new DenseOp(Tensor(new Shape(4, 5), 1), Tensor(new Shape(5), 2)), x);
        var bn = g.Add("bn", new BatchNormOp(Tensor(new Shape(5), 3), Tensor(new Shape(5), 4)), d1.Output);
        var lr = g.Add("lrelu", new ActivationOp(ActivationKind.LeakyRelu, alpha: 0.3), bn.Output);
        var pr = g.Add("prelu", new PReluOp(Tensor(new Shape(5), 5)), lr.Output);
        var sg = g.Add("sig", new ActivationOp(ActivationKind.Sigmoid), pr.Output);
        var rs = g.Add("flat", new ReshapeOp(new Shape(15)), sg.Output);
        var d2 = g.Add("d2", new DenseOp(Tensor(new Shape(15, 6), 6), Tensor(new Shape(6), 7)), rs.Output);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), d2.Output);
        var sm = g.Add("softmax", new SoftmaxOp(), relu.Output);
        var th = g.Add("tanh", new ActivationOp(ActivationKind.Tanh), relu.Output);
        g.Outputs.Add(sm.Output);
        g.Outputs.Add(relu.Output);
        g.Outputs.Add(th.Output);
        var rowSoftmax = g.Add("row_softmax", new SoftmaxOp(), sg.Output);
        g.Outputs.Add(rowSoftmax.Output);
        StreamCheck.Compile(g, IoType.IoStream);

        var r = StreamCheck.Run(g, IoType.IoStream, samples: 300, seed: 13, range: 3);
        Assert.Contains("nnet::clone_stream", r.TopCpp);
        Assert.True(r.Mismatches == 0, $"{r.Mismatches} mismatching values; first: {r.First}");
    }

    /// <summary>Every activation kind, each applied to the same [4, 3] input, one graph output per kind.</summary>
    [Fact]
    public void Every_activation_kind_in_io_stream_matches_the_emulator()
    {
        var g = new Graph("acts");
        var x = new Value("x", new Shape(4, 3));
        g.Inputs.Add(x);
        ActivationOp[] ops =
        [
            new(ActivationKind.Linear), new(ActivationKind.Relu), new(ActivationKind.LeakyRelu, alpha: 0.1),
            new(ActivationKind.BoundedRelu, min: -1, max: 2.5), new(ActivationKind.ThresholdedRelu, alpha: 0.75),
            new(ActivationKind.Sigmoid), new(ActivationKind.HardSigmoid, alpha: 0.2, beta: 0.5), new(ActivationKind.Tanh),
            new(ActivationKind.Elu, alpha: 1.0), new(ActivationKind.Selu), new(ActivationKind.Softplus), new(ActivationKind.Softsign),
            new(ActivationKind.BinaryTanh), new(ActivationKind.TernaryTanh),
        ];
        for (var i = 0; i < ops.Length; i++) g.Outputs.Add(g.Add($"act{i}_{ops[i].Function}", ops[i], x).Output);
        StreamCheck.Compile(g, IoType.IoStream);

        var r = StreamCheck.Run(g, IoType.IoStream, samples: 300, seed: 14, range: 6);
        Assert.True(r.Mismatches == 0, $"{r.Mismatches} mismatching values; first: {r.First}");
    }

    [Fact]
    public void Transpose_streams_through_a_one_sample_buffer_with_the_same_bits()
    {
        // (Refusal of a layer without a stream kernel is covered by VitisBackendTests with test-only emitters.)
        var g = new Graph("t");
        var x = new Value("x", new Shape(2, 3));
        g.Inputs.Add(x);
        var t = g.Add("swap", new TransposeOp(1, 0), x);
        g.Outputs.Add(t.Output);
        StreamCheck.Compile(g, IoType.IoStream);

        var r = StreamCheck.Run(g, IoType.IoStream, samples: 100, seed: 15, range: 6);
        Assert.True(r.Mismatches == 0, $"{r.Mismatches} mismatching values; first: {r.First}");
    }

    /// <summary>Deterministic small weights (multiples of 1/64 in [-1, 1]).</summary>
    internal static ConstTensor Tensor(Shape shape, int seed)
    {
        var rng = new Random(seed);
        var data = new float[shape.Size];
        for (var i = 0; i < data.Length; i++) data[i] = (float)(rng.Next(-64, 65) / 64.0);
        return new ConstTensor(shape, data);
    }
}
