namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// New weights for one imported convolution (an ONNX Conv with group 1), in the IR layout [kh, kw, cin, cout]
/// row-major (a 1-D convolution has kh = 1): the original values, which must equal what the file holds (ONNX layout
/// [cout, cin, kh, kw], or [cout, cin, k], and the bias), and the new ones, possibly with fewer input or output
/// channels (structured pruning: a removed filter, or the input channel it fed).
/// </summary>
public sealed record OnnxConvRewrite(string Node, int KernelH, int KernelW, int OriginalInChannels, int OriginalOutChannels,
    float[] OriginalWeights, float[] OriginalBias, int InChannels, int OutChannels, float[] Weights, float[] Bias);
