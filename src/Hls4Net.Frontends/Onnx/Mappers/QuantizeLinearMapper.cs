using Hls4Net.Frontends.Onnx.Quantization;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ONNX <c>QuantizeLinear</c>: q = saturate(round_half_even(x/scale) + zero_point). On a constant it is evaluated (an
/// integer constant for the DequantizeLinear that reads it); on layer data it waits for its DequantizeLinear, and the
/// pair becomes one quantizer (<see cref="DequantizeLinearMapper"/>).
/// </summary>
internal sealed class QuantizeLinearMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["QuantizeLinear"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var zero = context.TryConstant(node, 2);
        var type = zero?.ElementType ?? (DataType)node.Attributes.Int("output_dtype", (long)DataType.Uint8);
        if (context.TryConstant(node, 0) is { } x)
        {
            var spec = QdqInputs.Spec(node, context, x.Dims, type, node.OpType, node.Name);
            var index = spec.ParameterIndex(node, x.Dims);
            var q = new double[x.Size];
            for (var i = 0; i < q.Length; i++)
            {
                double s = spec.Scale.Data[spec.Scale.Size == 1 ? 0 : index[i]], z = spec.ZeroPoint.Data[spec.ZeroPoint.Size == 1 ? 0 : index[i]];
                q[i] = Math.Clamp(Math.Round((float)(x.Data[i] / s), MidpointRounding.ToEven) + z, spec.MinInt, spec.MaxInt);
            }
            context.SetConstant(node.OutputName, new OnnxConstant(node.OutputName, x.Dims, q, type));
            return;
        }
        var value = context.Activation(node, 0);
        var pending = QdqInputs.Spec(node, context, null, type, node.OpType, node.Name);
        QuantizationState.Of(context).Pending[node.OutputName] = new PendingQuantize(value, node.InputName(0)!, pending, node.Name);
    }
}
