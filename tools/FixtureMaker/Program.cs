using Hls4Net.FixtureMaker;
using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Tests.Onnx;

// Writes the small models the tests use when ../shared is absent (deterministic apart from HDF5 time stamps) into the
// folder given as the only argument. Keras fixtures come with an ONNX twin holding the same weights.
var outDir = args.Length == 1 ? args[0] : throw new ArgumentException("usage: FixtureMaker <output folder>");
Directory.CreateDirectory(outDir);

// dense_keras: 16 -> 32 relu -> 16 relu -> 5 softmax (a small jet tagger), Keras JSON + H5 and ONNX MatMul/Add twin.
{
    var w = new SeededWeights(101);
    var sizes = new[] { 16, 32, 16, 5 };
    var names = new[] { "fc1_relu", "fc2_relu", "output_softmax" };
    var layers = new List<(string, float[], int[], float[])>();
    for (var i = 0; i < 3; i++) layers.Add((names[i], w.Next(sizes[i] * sizes[i + 1], sizes[i]), [sizes[i], sizes[i + 1]], w.Next(sizes[i + 1], sizes[i], 0.5)));
    var json = new KerasJson().Input("input_1", 16).Dense(names[0], 32, "relu").Dense(names[1], 16, "relu").Dense(names[2], 5, "softmax");
    File.WriteAllText(Path.Combine(outDir, "dense_keras.json"), json.ToJson("dense_keras"));
    KerasWeightsFile.Write(Path.Combine(outDir, "dense_keras_weights.h5"), layers);

    var onnx = new OnnxModelBuilder(13, "dense_keras").Input("input_1", 16).Output("output", 5);
    var x = "input_1";
    for (var i = 0; i < 3; i++)
    {
        var (name, kernel, dims, bias) = layers[i];
        onnx.Init($"{name}/kernel", [dims[0], dims[1]], kernel).Init($"{name}/bias", [dims[1]], bias);
        onnx.Node("MatMul", $"{name}/MatMul", [x, $"{name}/kernel"], $"{name}/mm");
        onnx.Node("Add", $"{name}/BiasAdd", [$"{name}/mm", $"{name}/bias"], $"{name}/add");
        x = $"{name}/add";
        if (i < 2)
        {
            onnx.Node("Relu", $"{name}/Relu", [x], $"{name}/relu");
            x = $"{name}/relu";
        }
    }
    onnx.Node("Softmax", "output_softmax/Softmax", [x], "output", ("axis", -1L));
    WriteOnnx("dense_keras.onnx", onnx);
    CheckKeras("dense_keras.json", "dense_keras_weights.h5");
}

// conv1d_keras: 10x4 (channels last) -> Conv1D 3 k3 same relu -> Conv1D 2 k3 valid relu -> flatten -> 5 softmax,
// Keras JSON + H5 and a tf2onnx-style twin (Transpose to NCW, Conv, Transpose back, Flatten, MatMul/Add).
{
    var w = new SeededWeights(202);
    var k1 = w.Next(3 * 4 * 3, 3 * 4);
    var b1 = w.Next(3, 12, 0.5);
    var k2 = w.Next(3 * 3 * 2, 3 * 3);
    var b2 = w.Next(2, 9, 0.5);
    var k3 = w.Next(16 * 5, 16);
    var b3 = w.Next(5, 16, 0.5);
    var json = new KerasJson().Input("input_1", 10, 4).Conv1D("conv1_relu", 3, 3, "same", "relu").Conv1D("conv2_relu", 2, 3, "valid", "relu")
        .Flatten("flatten_1").Dense("output_softmax", 5, "softmax");
    File.WriteAllText(Path.Combine(outDir, "conv1d_keras.json"), json.ToJson("conv1d_keras"));
    KerasWeightsFile.Write(Path.Combine(outDir, "conv1d_keras_weights.h5"),
    [
        ("conv1_relu", k1, [3, 4, 3], b1),
        ("conv2_relu", k2, [3, 3, 2], b2),
        ("output_softmax", k3, [16, 5], b3),
    ]);

    var onnx = new OnnxModelBuilder(13, "conv1d_keras").Input("input_1", 10, 4).Output("output", 5)
        .Init("conv1/W", [3, 4, 3], ToOnnxConv1D(k1, 3, 4, 3)).Init("conv1/B", [3], b1)
        .Init("conv2/W", [2, 3, 3], ToOnnxConv1D(k2, 3, 3, 2)).Init("conv2/B", [2], b2)
        .Init("dense/kernel", [16, 5], k3).Init("dense/bias", [5], b3)
        .Node("Transpose", "to_ncw", ["input_1"], "x_ncw", ("perm", new long[] { 0, 2, 1 }))
        .Node("Conv", "conv1_relu", ["x_ncw", "conv1/W", "conv1/B"], "c1", ("kernel_shape", new long[] { 3 }), ("pads", new long[] { 1, 1 }))
        .Node("Relu", "conv1_relu/Relu", ["c1"], "r1")
        .Node("Conv", "conv2_relu", ["r1", "conv2/W", "conv2/B"], "c2", ("kernel_shape", new long[] { 3 }), ("pads", new long[] { 0, 0 }))
        .Node("Relu", "conv2_relu/Relu", ["c2"], "r2")
        .Node("Transpose", "to_nwc", ["r2"], "r2_nwc", ("perm", new long[] { 0, 2, 1 }))
        .Node("Flatten", "flatten_1", ["r2_nwc"], "flat", ("axis", 1L))
        .Node("MatMul", "output/MatMul", ["flat", "dense/kernel"], "mm")
        .Node("Add", "output/BiasAdd", ["mm", "dense/bias"], "logits")
        .Node("Softmax", "output_softmax/Softmax", ["logits"], "output", ("axis", -1L));
    WriteOnnx("conv1d_keras.onnx", onnx);
    CheckKeras("conv1d_keras.json", "conv1d_keras_weights.h5");
}

// conv2d_pytorch: 2x8x8 (NCHW) -> Conv 4 3x3 valid -> Relu -> MaxPool 2x2 -> Flatten -> Gemm(transB) 36->5 -> Softmax.
{
    var w = new SeededWeights(303);
    var onnx = new OnnxModelBuilder(13, "conv2d_pytorch").Input("input", 2, 8, 8).Output("output", 5)
        .Init("conv.weight", [4, 2, 3, 3], w.Next(4 * 2 * 3 * 3, 2 * 9), raw: true).Init("conv.bias", [4], w.Next(4, 18, 0.5), raw: true)
        .Init("fc.weight", [5, 36], w.Next(5 * 36, 36), raw: true).Init("fc.bias", [5], w.Next(5, 36, 0.5), raw: true)
        .Node("Conv", "/conv/Conv", ["input", "conv.weight", "conv.bias"], "/conv/Conv_output_0", ("kernel_shape", new long[] { 3, 3 }), ("pads", new long[] { 0, 0, 0, 0 }), ("strides", new long[] { 1, 1 }))
        .Node("Relu", "/relu/Relu", ["/conv/Conv_output_0"], "/relu/Relu_output_0")
        .Node("MaxPool", "/pool/MaxPool", ["/relu/Relu_output_0"], "/pool/MaxPool_output_0", ("kernel_shape", new long[] { 2, 2 }), ("strides", new long[] { 2, 2 }))
        .Node("Flatten", "/Flatten", ["/pool/MaxPool_output_0"], "/Flatten_output_0", ("axis", 1L))
        .Node("Gemm", "/fc/Gemm", ["/Flatten_output_0", "fc.weight", "fc.bias"], "/fc/Gemm_output_0", ("transB", 1L))
        .Node("Softmax", "/Softmax", ["/fc/Gemm_output_0"], "output", ("axis", 1L));
    WriteOnnx("conv2d_pytorch.onnx", onnx);
}

// Keras Conv1D kernel [k, in, filters] -> ONNX Conv weight [filters, in, k].
static float[] ToOnnxConv1D(float[] kernel, int k, int inCh, int filters)
{
    var w = new float[kernel.Length];
    for (var t = 0; t < k; t++)
        for (var c = 0; c < inCh; c++)
            for (var f = 0; f < filters; f++) w[(f * inCh + c) * k + t] = kernel[(t * inCh + c) * filters + f];
    return w;
}

void WriteOnnx(string file, OnnxModelBuilder builder)
{
    var path = Path.Combine(outDir, file);
    File.WriteAllBytes(path, builder.Bytes());
    var graph = new OnnxImporter().Import(path);
    Console.WriteLine($"wrote {path}: {graph.Nodes.Count} nodes, {graph.Nodes.Sum(n => n.Op.ParameterCount)} parameters");
}

void CheckKeras(string json, string h5)
{
    var graph = new KerasImporter().Import(Path.Combine(outDir, json), Path.Combine(outDir, h5));
    Console.WriteLine($"wrote {json} + {h5}: {graph.Nodes.Count} nodes, {graph.Nodes.Sum(n => n.Op.ParameterCount)} parameters");
}
