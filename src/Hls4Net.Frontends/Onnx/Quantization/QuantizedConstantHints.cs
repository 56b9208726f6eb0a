using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Frontends.Onnx.Quantization;

/// <summary>
/// Gives a layer the weight and bias types of constants a quantizer folded (<see cref="QuantizedConstant"/>), as
/// import hints (<see cref="ImportHints.WeightType"/>, <see cref="ImportHints.BiasType"/>) that the precision pass
/// honours unless the config names a type. A hint is set only when every value the layer holds is exact in the type
/// (a Gemm alpha or beta other than 1 scales them off the quantizer's grid: then the config's type applies).
/// </summary>
internal static class QuantizedConstantHints
{
    /// <summary>Op types whose output is a re-layout of their first input (a folded constant keeps its quantizer).</summary>
    private static readonly HashSet<string> Relayouts = new(StringComparer.Ordinal) { "Identity", "Transpose", "Reshape", "Flatten", "Squeeze", "Unsqueeze" };

    /// <summary>After the constant folder evaluated <paramref name="node"/>: a re-layout of a quantized constant stays quantized.</summary>
    public static void Propagate(OnnxNode node, OnnxImportContext context)
    {
        if (QuantizationState.Find(context) is not { } state || !Relayouts.Contains(node.OpType)) return;
        if (node.InputName(0) is { } input && state.Constants.TryGetValue(input, out var q)) state.Constants[node.OutputName] = q;
    }

    /// <summary>After <paramref name="node"/> was mapped (its IR nodes start at <paramref name="firstNew"/>): hint weight and bias types.</summary>
    public static void Attach(OnnxNode node, OnnxImportContext context, int firstNew)
    {
        if (QuantizationState.Find(context) is not { } state) return;
        Node? alphaScale = null;
        for (var i = 0; i < node.InputCount; i++)
        {
            if (node.InputName(i) is not { } name || !state.Constants.TryGetValue(name, out var q)) continue;
            var bias = IsBias(node.OpType, i);
            if (bias is null) continue;
            var target = context.Graph.Nodes.Skip(firstNew).FirstOrDefault(n => Tensor(n.Op, bias.Value) is not null);
            if (q.Type is null)
            {
                // Weights α·q with α not a power of two: integer weights and a scale layer (ApplyAlpha).
                if (target is not null && !bias.Value) alphaScale = WeightAlpha.TrySplit(node, context, target, q);
                continue;
            }
            if (bias.Value && alphaScale is not null)
            {
                // The bias moved to the scale layer after the split.
                if (AllExact(((BatchNormOp)alphaScale.Op).Shift, q.Type))
                {
                    alphaScale.Annotations.Set(ImportHints.BiasType, q.Type);
                    alphaScale.Annotations.Set(ImportHints.Quantizer, alphaScale.Annotations.Get(ImportHints.Quantizer) with { Bias = q.Origin });
                }
                continue;
            }
            if (target is null || !AllExact(Tensor(target.Op, bias.Value)!, q.Type)) continue;
            target.Annotations.Set(bias.Value ? ImportHints.BiasType : ImportHints.WeightType, q.Type);
            var origin = bias.Value ? new QuantizerOrigin(q.Dialect, Bias: q.Origin) : new QuantizerOrigin(q.Dialect, Weight: q.Origin);
            target.Annotations.Set(ImportHints.Quantizer, target.Annotations.TryGet(ImportHints.Quantizer, out var old) ? old.Merge(origin) : origin);
        }
    }

    /// <summary>Whether input <paramref name="index"/> of <paramref name="opType"/> is a bias (true), a weight (false) or neither (null).</summary>
    private static bool? IsBias(string opType, int index) => opType switch
    {
        "Gemm" => index == 2,
        "Conv" => index == 0 ? null : index == 2,
        "MatMul" => false,
        "Add" => true,
        _ => null,
    };

    private static ConstTensor? Tensor(Op op, bool bias) => (op, bias) switch
    {
        (DenseOp d, false) => d.Weights,
        (DenseOp d, true) => d.Bias,
        (IWeightedOp w, false) => w.Weights,
        (IWeightedOp w, true) => w.Bias,
        (MatMulOp m, false) => m.Weights,
        (BiasAddOp b, true) => b.Bias,
        _ => null,
    };

    private static bool AllExact(ConstTensor tensor, FixedType type) =>
        tensor.Data.All(v => FixedMath.ToDouble(FixedMath.FromDouble(v, type, out var overflowed), type.FracBits) == v && !overflowed);
}
