namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// New weights for one imported Dense layer (a Gemm or a MatMul with its bias Add), in the IR layout ([in, out]
/// row-major): the original values, which must equal what the file holds (so that no import pass changed them), and
/// the new ones, possibly with fewer inputs or outputs (structured pruning).
/// </summary>
public sealed record OnnxDenseRewrite(string Node, int OriginalInputs, int OriginalOutputs, float[] OriginalWeights, float[] OriginalBias,
    int Inputs, int Outputs, float[] Weights, float[] Bias);
