using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// Weights quantized with one scale α that is not a power of two (zero point 0), read by a Gemm or MatMul: hls4ml's
/// <c>ApplyAlpha</c> idea. The layer keeps the integer codes q = W/α as its weights (exact in the quantizer's integer
/// type) and no bias, and a scale layer after it multiplies by α and adds the bias: x·(q·α) + b = α·(x·q) + b. α is held
/// to float32 precision (<c>ap_fixed&lt;25, ilogb(α)+2&gt;</c>, the value the model holds, exactly).
/// </summary>
internal static class WeightAlpha
{
    /// <summary>Split <paramref name="layer"/> (just mapped from <paramref name="node"/>) when its weights are α·q: the new scale layer, or null.</summary>
    public static Node? TrySplit(OnnxNode node, OnnxImportContext context, Node layer, QuantizedConstant q)
    {
        if (q.Alpha is not { } alpha || q.CodeType is not { } codeType) return null;
        if (context.FindValue(node.OutputName) is not { } output || !ReferenceEquals(output, layer.Output) || layer.Output.Shape.Rank != 1) return null;
        var (weights, bias) = layer.Op switch
        {
            DenseOp d => (d.Weights, d.Bias),
            MatMulOp m => (m.Weights, new ConstTensor(new Shape(m.Weights.Shape[1]), new float[m.Weights.Shape[1]])),
            _ => (null!, null!),
        };
        if (weights is null) return null;
        var codes = new float[weights.Size];
        for (var i = 0; i < codes.Length; i++)
        {
            var c = Math.Round(weights.Data[i] / alpha);
            if ((float)(c * alpha) != weights.Data[i] || c < (double)codeType.MinRaw || c > (double)codeType.MaxRaw) return null;
            codes[i] = (float)c;
        }
        var n = bias.Size;
        layer.Op = layer.Op is DenseOp
            ? new DenseOp(new ConstTensor(weights.Shape, codes), new ConstTensor(bias.Shape, new float[n]))
            : new MatMulOp(new ConstTensor(weights.Shape, codes));
        layer.Output.Name = node.OutputName + "_codes";
        var scaled = new Value(node.OutputName, layer.Output.Shape);
        var scale = new Node(node.Name + "_alpha", new BatchNormOp(new ConstTensor(new Shape(n), Enumerable.Repeat((float)alpha, n).ToArray()), bias), [layer.Output], scaled);
        context.Graph.Add(scale);
        context.SetValue(node.OutputName, scaled);
        layer.Annotations.Set(ImportHints.WeightType, codeType);
        layer.Annotations.Set(ImportHints.Quantizer, new QuantizerOrigin(q.Dialect, Weight: q.Origin));
        scale.Annotations.Set(ImportHints.WeightType, new FixedType(25, Math.ILogB((float)alpha) + 2, true));
        scale.Annotations.Set(ImportHints.Quantizer, new QuantizerOrigin(q.Dialect, Weight: q.Origin));
        return scale;
    }
}
