namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>Reads the constant parameters of QONNX quantizers (scale, zero point, bit widths, rounding mode).</summary>
internal static class QonnxInputs
{
    /// <summary>The string attribute <paramref name="name"/>, or <paramref name="defaultValue"/>.</summary>
    public static string String(OnnxNode node, string name, string defaultValue) =>
        node.Proto.Attribute.FirstOrDefault(a => a.Name == name)?.S.ToStringUtf8() ?? defaultValue;

    /// <summary>The rounding_mode attribute; an error for a mode QONNX does not define.</summary>
    public static QuantRounding Rounding(OnnxNode node, string defaultValue)
    {
        var text = String(node, "rounding_mode", defaultValue);
        return QuantRoundings.Parse(text) ?? throw node.BadAttribute("rounding_mode", text, "QONNX defines ROUND, HALF_UP, HALF_DOWN, FLOOR, CEIL, UP, DOWN and ROUND_TO_ZERO");
    }

    /// <summary>A bit-width input: one positive integer up to <see cref="QuantizerSpec.MaxBitWidth"/>.</summary>
    public static int BitWidth(OnnxNode node, OnnxImportContext context, int index, string role)
    {
        var c = context.RequireConstant(node, index, role);
        if (c.Size != 1) throw node.BadInput(index, $"the {role} must be one number, got shape {c.ShapeText}");
        var b = c.Data[0];
        if (b != Math.Floor(b) || b < 1 || b > QuantizerSpec.MaxBitWidth) throw node.BadInput(index, $"the {role} must be an integer from 1 to {QuantizerSpec.MaxBitWidth}, got {QuantizerSpec.Text(b)}");
        return (int)b;
    }

    /// <summary>A scale input: constant, finite and positive.</summary>
    public static OnnxConstant Scale(OnnxNode node, OnnxImportContext context, int index)
    {
        var s = context.RequireConstant(node, index, "scale");
        if (s.Size == 0 || s.Data.Any(v => !(v > 0) || double.IsInfinity(v))) throw node.BadInput(index, "every scale must be a finite positive number");
        return s;
    }

    /// <summary>A zero-point input: constant and finite.</summary>
    public static OnnxConstant ZeroPoint(OnnxNode node, OnnxImportContext context, int index)
    {
        var z = context.RequireConstant(node, index, "zero point");
        if (z.Size == 0 || z.Data.Any(v => !double.IsFinite(v))) throw node.BadInput(index, "every zero point must be a finite number");
        return z;
    }

    /// <summary>A scalar float constant of <paramref name="value"/> (a zero point left out).</summary>
    public static OnnxConstant Scalar(string name, double value) => new(name, [], [value], Proto.TensorProto.Types.DataType.Float);

    /// <summary>Fold constant input 0 of <paramref name="node"/> through <paramref name="spec"/> and remember its exact type.</summary>
    public static void FoldConstant(OnnxNode node, OnnxImportContext context, OnnxConstant x, QuantizerSpec spec)
    {
        context.SetConstant(node.OutputName, spec.Fold(node, x, node.OutputName));
        QuantizationState.Of(context).Constants[node.OutputName] = QuantizedConstant.Of(spec);
    }
}
