namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// New weights for one imported convolution (an ONNX Conv with group 1), in the IR layout [kh, kw, cin, cout]
/// row-major (a 1-D convolution has kh = 1): the original values, which must equal what the file holds (ONNX layout
/// [cout, cin, kh, kw], or [cout, cin, k]), and the new ones of the same shape (unstructured pruning; the bias is kept).
/// </summary>
public sealed record OnnxConvRewrite(string Node, int KernelH, int KernelW, int InChannels, int OutChannels, float[] OriginalWeights, float[] Weights);
