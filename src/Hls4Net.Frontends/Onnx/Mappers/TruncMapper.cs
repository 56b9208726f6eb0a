using Hls4Net.Core.Numerics;
using Hls4Net.Frontends.Onnx.Quantization;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// QONNX <c>Trunc</c> on layer data, version 1 (x, scale, zeropt, in_bitwidth, out_bitwidth; the output scale is
/// scale·2^(in−out)) and version 2 (x, scale, zeropt, in_bitwidth, out_scale, out_bitwidth). Its reference first
/// rounds x/scale half to even, then divides by the power of two out_scale/scale, clips to the output range and rounds
/// with rounding_mode (default FLOOR). That is two exact stores: into the input grid
/// <c>ap_fixed&lt;in, in+log2(scale), AP_RND_CONV, AP_SAT&gt;</c> (the saturation only differs from the reference for
/// inputs beyond in_bitwidth bits, which a Brevitas accumulator never produces), then into
/// <c>ap_fixed&lt;out, out+log2(out_scale), mode, AP_SAT&gt;</c>. Scales must be powers of two and the zero point 0.
/// </summary>
internal sealed class TruncMapper : IOnnxOpMapper
{
    public TruncMapper(string domain) => Domain = domain;

    public string Domain { get; }

    public IReadOnlyList<string> OpTypes { get; } = ["Trunc"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("rounding_mode", "signed", "narrow");
        var v2 = node.InputCount >= 6;
        var scale = QonnxInputs.Scale(node, context, 1);
        var zero = QonnxInputs.ZeroPoint(node, context, 2);
        var inBits = QonnxInputs.BitWidth(node, context, 3, "input bit width");
        var outBits = QonnxInputs.BitWidth(node, context, v2 ? 5 : 4, "output bit width");
        var signed = node.Attributes.Int("signed", 1) != 0;
        var narrow = node.Attributes.Int("narrow", 0) != 0;
        if (context.TryConstant(node, 0) is not null) throw node.Error("QONNX Trunc of a constant is not supported (Trunc quantizes layer data)");
        var input = new QuantizerSpec(QonnxDomains.Dialect, node.OpType, node.Name, scale, zero, inBits, signed, false, QuantRounding.HalfEven);
        var inType = input.ActivationType(node);
        var outScale = v2 ? QonnxInputs.Scale(node, context, 4) : QonnxInputs.Scalar("out_scale", Math.ScaleB(scale.Data[0], inBits - outBits));
        var output = new QuantizerSpec(QonnxDomains.Dialect, node.OpType, node.Name, outScale, zero, outBits, signed, narrow, QonnxInputs.Rounding(node, "FLOOR"));
        var outType = output.ActivationType(node);
        if (outType.FracBits > inType.FracBits) throw node.Error($"{output.Origin}: the output scale {QuantizerSpec.Text(outScale.Data[0])} is finer than the input scale {QuantizerSpec.Text(scale.Data[0])}");
        var grid = ActivationQuantizer.Apply(node, context, context.Activation(node, 0), node.InputName(0)!, inType, input.Dialect, input.Origin, node.OutputName + "_grid");
        ActivationQuantizer.Apply(node, context, grid, node.OutputName + "_grid", outType, output.Dialect, output.Origin, node.OutputName);
    }
}
