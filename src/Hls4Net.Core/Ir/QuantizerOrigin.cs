namespace Hls4Net.Core.Ir;

/// <summary>
/// Which precisions of a node a quantizer of the model itself gave (an ONNX <c>Quant</c>, <c>BipolarQuant</c>,
/// <c>Trunc</c> or <c>QuantizeLinear</c>/<c>DequantizeLinear</c> pair), for <c>hls4net inspect</c> and for the float
/// reference: each text names the dialect, op and node, e.g. <c>QONNX Quant 'act0'</c>; null when the slot did not
/// come from a quantizer.
/// </summary>
/// <param name="Dialect">The quantized-ONNX dialect: <c>QONNX</c> or <c>QDQ</c>.</param>
/// <param name="Result">The quantizer that gave the result type, if any.</param>
/// <param name="Weight">The quantizer that gave the weight type, if any.</param>
/// <param name="Bias">The quantizer that gave the bias type, if any.</param>
public sealed record QuantizerOrigin(string Dialect, string? Result = null, string? Weight = null, string? Bias = null)
{
    /// <summary>This origin with <paramref name="other"/>'s slots added where this one has none.</summary>
    public QuantizerOrigin Merge(QuantizerOrigin other) =>
        new(Dialect, Result ?? other.Result, Weight ?? other.Weight, Bias ?? other.Bias);
}
