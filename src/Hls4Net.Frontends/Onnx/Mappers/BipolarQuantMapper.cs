using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Onnx.Quantization;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// QONNX <c>BipolarQuant</c>: y = (x ≥ 0 ? +1 : −1)·scale. On a constant (binary weights) it is folded, with the exact
/// type ap_fixed&lt;2, 2+e&gt; for scale 2^e. On layer data it becomes two exact steps: the computing layer stores its
/// output into <c>ap_fixed&lt;1,1,AP_TRN,AP_SAT&gt;</c>, which keeps exactly {−1 for x &lt; 0, 0 for x ≥ 0} (floor, then
/// saturation at the type's only non-negative code 0), then a scale layer maps q to 2·scale·q + scale = ±scale.
/// (<c>binary_tanh</c> sends 0 to −1, so it is not used.)
/// </summary>
internal sealed class BipolarQuantMapper : IOnnxOpMapper
{
    public BipolarQuantMapper(string domain) => Domain = domain;

    public string Domain { get; }

    public IReadOnlyList<string> OpTypes { get; } = ["BipolarQuant"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly();
        var scale = QonnxInputs.Scale(node, context, 1);
        // Codes −1 and +1: the range of a 2-bit narrow signed quantizer, which gives the covering constant type.
        var spec = new QuantizerSpec(QonnxDomains.Dialect, node.OpType, node.Name, scale, QonnxInputs.Scalar("zero", 0), 2, true, true, QuantRounding.HalfEven);
        if (context.TryConstant(node, 0) is { } x)
        {
            var index = spec.ParameterIndex(node, x.Dims);
            var data = new double[x.Size];
            for (var i = 0; i < data.Length; i++) data[i] = (float)((x.Data[i] >= 0 ? 1.0 : -1.0) * scale.Data[scale.Size == 1 ? 0 : index[i]]);
            context.SetConstant(node.OutputName, new OnnxConstant(node.OutputName, x.Dims, data, DataType.Float));
            QuantizationState.Of(context).Constants[node.OutputName] = new QuantizedConstant(spec.ConstantType(), spec.Dialect, spec.Origin);
            return;
        }
        if (scale.Size != 1) throw node.Error($"{spec.Origin} has {scale.Size} scales (per-channel); only one scale per tensor is supported on layer data");
        var s = scale.Data[0];
        var e = QuantizerSpec.Log2Exact(s) ?? throw node.Error($"{spec.Origin} has scale {QuantizerSpec.Text(s)}, which is not a power of two",
            "only power-of-two scales map exactly onto ap_fixed on layer data");
        var sign = ActivationQuantizer.Apply(node, context, context.Activation(node, 0), node.InputName(0)!,
            new FixedType(1, 1, true, QuantMode.Trn, OverflowMode.Sat), spec.Dialect, spec.Origin, node.OutputName + "_sign");
        var n = sign.Shape[0];
        var scales = Enumerable.Repeat((float)(2 * s), n).ToArray();
        var shifts = Enumerable.Repeat((float)s, n).ToArray();
        ScaleShiftMapper.Apply(node, context, sign, sign.Shape.Rank > 1, scales, shifts);
        var output = context.FindValue(node.OutputName)!;
        var layer = output.Producer!.Op is Core.Ir.Ops.TransposeOp ? output.Producer.Inputs[0].Producer! : output.Producer;
        // 2·scale, scale and ±scale are exact in 2-bit types: codes 1, 1 and ±1 at LSB 2^(e+1), 2^e, 2^e.
        layer.Annotations.Set(ImportHints.WeightType, new FixedType(2, e + 3, true));
        layer.Annotations.Set(ImportHints.BiasType, new FixedType(2, e + 2, true));
        layer.Annotations.Set(ImportHints.ResultType, new FixedType(2, e + 2, true));
        layer.Annotations.Set(ImportHints.Quantizer, new QuantizerOrigin(spec.Dialect, spec.Origin, spec.Origin, spec.Origin));
    }
}
