using System.Runtime.CompilerServices;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// What the quantized-ONNX mappers remember during one import: constants folded by a quantizer (by ONNX tensor name)
/// and QuantizeLinear outputs of layer data awaiting their DequantizeLinear.
/// </summary>
internal sealed class QuantizationState
{
    private static readonly ConditionalWeakTable<OnnxImportContext, QuantizationState> States = new();

    public Dictionary<string, QuantizedConstant> Constants { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, PendingQuantize> Pending { get; } = new(StringComparer.Ordinal);

    /// <summary>The state of <paramref name="context"/>'s import.</summary>
    public static QuantizationState Of(OnnxImportContext context) => States.GetOrCreateValue(context);

    /// <summary>The state when the import has one (a quantizer was seen), else null.</summary>
    public static QuantizationState? Find(OnnxImportContext context) => States.TryGetValue(context, out var s) ? s : null;
}
