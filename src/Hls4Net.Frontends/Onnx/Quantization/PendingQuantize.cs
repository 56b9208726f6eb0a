using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>A QuantizeLinear of layer data whose integer output waits for its DequantizeLinear.</summary>
internal sealed record PendingQuantize(Value Input, string InputName, QuantizerSpec Spec, string NodeName);
