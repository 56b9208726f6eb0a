using Hls4Net.Frontends.Onnx.Quantization;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// QONNX <c>Quant</c> (also spelled <c>IntQuant</c>): on a constant it is folded (the weights or bias take the
/// quantized values, and the layer that reads them the quantizer's exact type); on layer data its exact ap_fixed type
/// becomes the result type of the layer computing the tensor, or of an explicit quantize layer
/// (<see cref="ActivationQuantizer"/>); a single scale that is not a power of two becomes two scale layers around the
/// integer quantization (<see cref="ScaledActivationQuantizer"/>). docs/quantized-onnx.md has the mapping and the refusals.
/// </summary>
internal sealed class QuantMapper : IOnnxOpMapper
{
    public QuantMapper(string domain) => Domain = domain;

    public string Domain { get; }

    public IReadOnlyList<string> OpTypes { get; } = ["Quant", "IntQuant"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("signed", "narrow", "rounding_mode");
        var spec = new QuantizerSpec(QonnxDomains.Dialect, node.OpType, node.Name,
            QonnxInputs.Scale(node, context, 1), QonnxInputs.ZeroPoint(node, context, 2), QonnxInputs.BitWidth(node, context, 3, "bit width"),
            node.Attributes.Int("signed", 1) != 0, node.Attributes.Int("narrow", 0) != 0, QonnxInputs.Rounding(node, "ROUND"));
        if (context.TryConstant(node, 0) is { } constant)
        {
            QonnxInputs.FoldConstant(node, context, constant, spec);
            return;
        }
        if (spec.Scale.Size == 1 && QuantizerSpec.Log2Exact(spec.Scale.Data[0]) is null)
        {
            ScaledActivationQuantizer.Apply(node, context, spec, context.Activation(node, 0));
            return;
        }
        ActivationQuantizer.Apply(node, context, 0, spec.ActivationType(node), spec);
    }
}
