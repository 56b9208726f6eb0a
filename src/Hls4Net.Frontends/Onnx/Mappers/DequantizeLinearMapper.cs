using Hls4Net.Frontends.Onnx.Quantization;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX <c>DequantizeLinear</c>: y = (q − zero_point)·scale. On an integer constant (QDQ weights and biases) it is
/// folded, and the layer reading the result gets the exact type when the scale is a power of two. After a
/// <c>QuantizeLinear</c> of layer data with the same scale and zero point, the pair is one quantizer whose exact type
/// (<c>ap_[u]fixed&lt;bits, bits+log2(scale), AP_RND_CONV, AP_SAT&gt;</c>) is the result type of the layer computing the
/// tensor (<see cref="ActivationQuantizer"/>).
/// </summary>
internal sealed class DequantizeLinearMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["DequantizeLinear"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var state = QuantizationState.Of(context);
        if (context.TryConstant(node, 0) is { } q)
        {
            var zero = context.TryConstant(node, 2);
            var spec = QdqInputs.Spec(node, context, q.Dims, zero?.ElementType ?? q.ElementType, node.OpType, node.Name);
            var index = spec.ParameterIndex(node, q.Dims);
            var y = new double[q.Size];
            for (var i = 0; i < y.Length; i++)
            {
                double s = spec.Scale.Data[spec.Scale.Size == 1 ? 0 : index[i]], z = spec.ZeroPoint.Data[spec.ZeroPoint.Size == 1 ? 0 : index[i]];
                y[i] = (float)((q.Data[i] - z) * (float)s);
            }
            context.SetConstant(node.OutputName, new OnnxConstant(node.OutputName, q.Dims, y, DataType.Float));
            state.Constants[node.OutputName] = QuantizedConstant.Of(spec);
            return;
        }
        var name = node.InputName(0) ?? throw node.Error("DequantizeLinear is missing its input");
        if (!state.Pending.TryGetValue(name, out var pending))
        {
            throw node.BadInput(0, "DequantizeLinear of layer data needs the integer output of a QuantizeLinear (a QDQ pair)");
        }
        var zeroPoint = context.TryConstant(node, 2);
        var own = QdqInputs.Spec(node, context, null, zeroPoint?.ElementType ?? DataTypeOf(pending.Spec), node.OpType, node.Name);
        if (!own.Scale.Data.SequenceEqual(pending.Spec.Scale.Data) || !own.ZeroPoint.Data.SequenceEqual(pending.Spec.ZeroPoint.Data))
        {
            throw node.Error($"QDQ pair '{pending.NodeName}'/'{node.Name}' quantizes and dequantizes with different scales or zero points",
                "only a QuantizeLinear/DequantizeLinear pair with one scale and zero point is one quantizer");
        }
        var pair = new QuantizerSpec(QdqInputs.Dialect, "QuantizeLinear", pending.NodeName, pending.Spec.Scale, pending.Spec.ZeroPoint,
            pending.Spec.BitWidth, pending.Spec.Signed, false, QuantRounding.HalfEven);
        if (pair.Scale.Size == 1 && QuantizerSpec.Log2Exact(pair.Scale.Data[0]) is null)
        {
            ScaledActivationQuantizer.Apply(node, context, pair, pending.Input);
            return;
        }
        ActivationQuantizer.Apply(node, context, pending.Input, pending.InputName, pair.ActivationType(node), pair.Dialect, pair.Origin, node.OutputName);
    }

    private static DataType DataTypeOf(QuantizerSpec spec) => (spec.BitWidth, spec.Signed) switch
    {
        (8, true) => DataType.Int8,
        (8, false) => DataType.Uint8,
        (16, true) => DataType.Int16,
        (16, false) => DataType.Uint16,
        _ => DataType.Int32,
    };
}
