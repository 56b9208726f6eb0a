namespace Hls4Net.Frontends.Onnx;

/// <summary>What would work instead of an unsupported ONNX op, for the import error.</summary>
internal static class OnnxUnsupportedOpHints
{
    public static string For(string opType) => opType switch
    {
        "Gelu" or "Erf" or "Mish" or "Swish" => "not supported; use Relu, LeakyRelu, Elu, Sigmoid, Tanh, HardSigmoid or Softplus",
        "ReduceSum" or "ReduceMin" or "ReduceProd" or "ReduceL1" or "ReduceL2" or "ReduceSumSquare" or "ReduceLogSum" or "ReduceLogSumExp" =>
            "not supported; ReduceMean and ReduceMax over every axis but the channels are (global average / max pooling)",
        "LSTM" or "GRU" or "RNN" => "recurrent layers are not supported",
        "ConvTranspose" => "not supported; use Resize (nearest upsampling) followed by Conv",
        "Expand" or "Tile" or "Where" or "ScatterND" =>
            "supported only on constants (weights or shapes), not on layer data",
        "LogSoftmax" => "not supported; use Softmax",
        "InstanceNormalization" or "LayerNormalization" or "GroupNormalization" => "not supported; use BatchNormalization",
        "QuantizeLinear" or "DequantizeLinear" or "QLinearConv" or "QLinearMatMul" => "quantized (QDQ) ONNX models are not supported; export the float model and set Precision in the configuration",
        _ => "not supported; see 'Supported ops' in the README for the ops each frontend imports",
    };
}
