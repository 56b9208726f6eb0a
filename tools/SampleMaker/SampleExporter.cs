namespace Hls4Net.SampleMaker;

/// <summary>Writes the trained sample networks as ONNX graphs in the styles of the common exporters.</summary>
internal static class SampleExporter
{
    /// <summary>PyTorch style: Gemm with transB=1 (weights stored [nOut, nIn]), node names like /fc1/Gemm.</summary>
    public static byte[] JetMlp(Mlp mlp)
    {
        var w = new OnnxWriter("jet_mlp", rawData: true);
        w.Input("input", mlp.Layers[0].NIn);
        var x = "input";
        for (var k = 0; k < mlp.Layers.Count; k++)
        {
            var l = mlp.Layers[k];
            var fc = $"fc{k + 1}";
            var weight = w.Initializer($"{fc}.weight", [l.NOut, l.NIn], Transposed(l));
            var bias = w.Initializer($"{fc}.bias", [l.NOut], l.B);
            var gemm = $"/{fc}/Gemm_output_0";
            w.Node("Gemm", $"/{fc}/Gemm", [x, weight, bias], gemm, OnnxWriter.Float("alpha", 1f), OnnxWriter.Float("beta", 1f), OnnxWriter.Int("transB", 1));
            if (l.Activation == "relu")
            {
                x = $"/relu{k + 1}/Relu_output_0";
                w.Node("Relu", $"/relu{k + 1}/Relu", [gemm], x);
            }
            else
            {
                w.Node("Softmax", "/softmax/Softmax", [gemm], "output", OnnxWriter.Int("axis", 1));
                x = "output";
            }
        }
        w.Output(x, mlp.Layers[^1].NOut);
        return w.ToBytes();
    }

    /// <summary>Keras (tf2onnx) style: MatMul + Add, BatchNormalization, names like dense/MatMul.</summary>
    public static byte[] TinyMlp(Mlp mlp)
    {
        var w = new OnnxWriter("tiny_mlp", rawData: false);
        var (hidden, output) = (mlp.Layers[0], mlp.Layers[1]);
        w.Input("input_1", hidden.NIn);
        w.Node("MatMul", "dense/MatMul", ["input_1", w.Initializer("dense/kernel", [hidden.NIn, hidden.NOut], hidden.W)], "dense/MatMul:0");
        w.Node("Add", "dense/BiasAdd", ["dense/MatMul:0", w.Initializer("dense/bias", [hidden.NOut], hidden.B)], "dense/BiasAdd:0");
        string[] bn =
        [
            "dense/BiasAdd:0",
            w.Initializer("batch_normalization/gamma", [hidden.NOut], hidden.Gamma!),
            w.Initializer("batch_normalization/beta", [hidden.NOut], hidden.Beta!),
            w.Initializer("batch_normalization/moving_mean", [hidden.NOut], hidden.Mean!),
            w.Initializer("batch_normalization/moving_variance", [hidden.NOut], hidden.Var!),
        ];
        w.Node("BatchNormalization", "batch_normalization/FusedBatchNormV3", bn, "batch_normalization/FusedBatchNormV3:0",
            OnnxWriter.Float("epsilon", (float)DenseLayer.Epsilon), OnnxWriter.Float("momentum", 0.99f));
        w.Node("Tanh", "activation/Tanh", ["batch_normalization/FusedBatchNormV3:0"], "activation/Tanh:0");
        w.Node("MatMul", "dense_1/MatMul", ["activation/Tanh:0", w.Initializer("dense_1/kernel", [output.NIn, output.NOut], output.W)], "dense_1/MatMul:0");
        w.Node("Add", "dense_1/BiasAdd", ["dense_1/MatMul:0", w.Initializer("dense_1/bias", [output.NOut], output.B)], "dense_1/BiasAdd:0");
        w.Node("Sigmoid", "dense_1/Sigmoid", ["dense_1/BiasAdd:0"], "dense_1");
        w.Output("dense_1", output.NOut);
        return w.ToBytes();
    }

    private static double[] Transposed(DenseLayer l)
    {
        var t = new double[l.W.Length];
        for (var i = 0; i < l.NIn; i++)
        {
            for (var j = 0; j < l.NOut; j++) t[j * l.NIn + i] = l.W[i * l.NOut + j];
        }
        return t;
    }
}
