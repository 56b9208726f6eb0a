using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir;

/// <summary>
/// Typed keys for precisions a frontend learned from the model itself (e.g. QKeras quantizers).
/// The precision pass uses them as defaults; an explicit LayerName/LayerType entry in the config overrides them.
/// </summary>
public static class ImportHints
{
    /// <summary>Result (output) type implied by the model.</summary>
    public static readonly DataKey<FixedType> ResultType = new("import.result_type");

    /// <summary>Weight type implied by the model.</summary>
    public static readonly DataKey<FixedType> WeightType = new("import.weight_type");

    /// <summary>The quantizer the model applies to the node's output (for float references; precision is not set by it).</summary>
    public static readonly DataKey<ModelQuantizer> OutputQuantizer = new("import.output_quantizer");

    /// <summary>Bias type implied by the model.</summary>
    public static readonly DataKey<FixedType> BiasType = new("import.bias_type");

    /// <summary>
    /// The model's own layer class when it differs from what the op says (e.g. <c>SeparableConv2D</c> for both nodes a
    /// separable convolution becomes), so that hls4ml's <c>LayerType</c> section for that class applies.
    /// </summary>
    public static readonly DataKey<string> SourceClass = new("import.source_class");

    /// <summary>
    /// The quantized-ONNX quantizers that gave the node's hints (<see cref="QuantizerOrigin"/>). A result type from such a
    /// quantizer is honoured under both semantics, also on an activation layer (hls4ml reads QONNX activation quantizers).
    /// </summary>
    public static readonly DataKey<QuantizerOrigin> Quantizer = new("import.quantizer");
}
