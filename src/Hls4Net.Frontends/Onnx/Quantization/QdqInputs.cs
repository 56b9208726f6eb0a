using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// Reads the parameters of ONNX <c>QuantizeLinear</c>/<c>DequantizeLinear</c>: scale, zero point, per-axis layout and
/// the integer type, as a <see cref="QuantizerSpec"/> (round half to even, saturation to the integer type's range).
/// </summary>
internal static class QdqInputs
{
    public const string Dialect = "QDQ";

    /// <summary>Bits and signedness of the integer types QDQ quantizes to; null for float8 and 4-bit types.</summary>
    public static (int Bits, bool Signed)? IntegerType(DataType type) => type switch
    {
        DataType.Int8 => (8, true),
        DataType.Uint8 => (8, false),
        DataType.Int16 => (16, true),
        DataType.Uint16 => (16, false),
        DataType.Int32 => (32, true),
        _ => null,
    };

    /// <summary>
    /// The quantizer of <paramref name="node"/> applied to a tensor of shape <paramref name="dims"/> (null for layer data,
    /// which must be per tensor), with integer type <paramref name="integerType"/>.
    /// </summary>
    public static QuantizerSpec Spec(OnnxNode node, OnnxImportContext context, long[]? dims, DataType integerType, string op, string nodeName)
    {
        node.Attributes.EnsureOnly("axis", "saturate", "block_size", "output_dtype");
        if (node.Attributes.Int("block_size", 0) != 0) throw node.BadAttribute("block_size", node.Attributes.Int("block_size", 0), "blocked quantization is not supported");
        var (bits, signed) = IntegerType(integerType)
            ?? throw node.Error($"ONNX op '{node.OpType}' with integer type {integerType} is not supported", "only int8, uint8, int16, uint16 (and int32 for a dequantized bias) map onto ap_int");
        var scale = QonnxInputs.Scale(node, context, 1);
        var zero = context.TryConstant(node, 2) ?? QonnxInputs.Scalar("zero", 0);
        if (node.InputName(2) is not null && context.TryConstant(node, 2) is null) throw node.BadInput(2, "the zero point must be a constant");
        if (scale.Size > 1 || zero.Size > 1)
        {
            // Per-axis: 1-D parameters along 'axis'; reshaped to numpy broadcasting over the tensor.
            if (dims is null) throw node.Error($"{Dialect} {op} '{nodeName}' has {Math.Max(scale.Size, zero.Size)} scales or zero points (per-axis); only one per tensor is supported on layer data");
            var axis = node.Attributes.Int("axis", 1);
            if (axis < 0) axis += dims.Length;
            if (axis < 0 || axis >= dims.Length) throw node.BadAttribute("axis", axis, $"the tensor has rank {dims.Length}");
            var shape = dims.Select((d, a) => a == axis ? d : 1L).ToArray();
            if (scale.Size > 1) scale = Reshaped(node, scale, shape, dims[axis]);
            if (zero.Size > 1) zero = Reshaped(node, zero, shape, dims[axis]);
        }
        return new QuantizerSpec(Dialect, op, nodeName, scale, zero, bits, signed, false, QuantRounding.HalfEven);
    }

    private static OnnxConstant Reshaped(OnnxNode node, OnnxConstant c, long[] shape, long length)
    {
        if (c.Size != length) throw node.Error($"ONNX op '{node.OpType}' has {c.Size} per-axis parameters for an axis of size {length}");
        return new OnnxConstant(c.Name, shape, c.Data, c.ElementType);
    }
}
