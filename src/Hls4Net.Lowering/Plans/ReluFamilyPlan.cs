using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Constants of a non-table activation, quantized exactly as nnet_activation.h receives them:
/// LeakyRelu alpha, ThresholdedRelu threshold (alpha) and HardSigmoid slope/offset (alpha/beta) in the
/// parameter type (the weight precision, or the result type when none is set); BoundedRelu Min/Max in the
/// result type (an infinite bound means no clamp on that side).
/// </summary>
public sealed class ReluFamilyPlan
{
    private ReluFamilyPlan(ActivationKind function, FixedType parameterType, long alphaRaw, long betaRaw,
        bool hasMin, long minRaw, bool hasMax, long maxRaw)
    {
        Function = function;
        ParameterType = parameterType;
        AlphaRaw = alphaRaw;
        BetaRaw = betaRaw;
        HasMin = hasMin;
        MinRaw = minRaw;
        HasMax = hasMax;
        MaxRaw = maxRaw;
    }

    public ActivationKind Function { get; }

    /// <summary>Type of alpha and beta (param_t in C++).</summary>
    public FixedType ParameterType { get; }

    public long AlphaRaw { get; }

    public long BetaRaw { get; }

    /// <summary>BoundedRelu: whether a lower clamp applies (Min is finite).</summary>
    public bool HasMin { get; }

    /// <summary>BoundedRelu: Min as a raw code of the result type.</summary>
    public long MinRaw { get; }

    public bool HasMax { get; }

    /// <summary>BoundedRelu: Max as a raw code of the result type.</summary>
    public long MaxRaw { get; }

    /// <summary>Quantize the activation's constants for <paramref name="node"/>.</summary>
    public static ReluFamilyPlan Create(Node node)
    {
        var op = node.Op as ActivationOp ?? throw new GraphException($"node '{node.Name}': expected an Activation op, got {node.Op.Kind}");
        if (op.UsesTable) throw new GraphException($"node '{node.Name}': {op.Function} is a table activation, not a ReLU-family one");
        var result = LayerTypes.Result(node);
        var param = LayerTypes.Fast(node, node.Precision.Weight ?? result, "weight (activation parameter)");
        long alpha = 0, beta = 0, min = 0, max = 0;
        bool hasMin = false, hasMax = false;
        switch (op.Function)
        {
            case ActivationKind.LeakyRelu or ActivationKind.ThresholdedRelu:
                alpha = Finite(node, op.Alpha, "alpha", param);
                break;
            case ActivationKind.HardSigmoid:
                alpha = Finite(node, op.Alpha, "alpha", param);
                beta = Finite(node, op.Beta, "beta", param);
                break;
            case ActivationKind.BoundedRelu:
                if (double.IsNaN(op.Min) || double.IsNaN(op.Max)) throw new GraphException($"node '{node.Name}': BoundedRelu bounds must not be NaN");
                hasMin = !double.IsInfinity(op.Min);
                hasMax = !double.IsInfinity(op.Max);
                if (hasMin) min = FixedMath.FromDouble(op.Min, result);
                if (hasMax) max = FixedMath.FromDouble(op.Max, result);
                break;
        }
        return new ReluFamilyPlan(op.Function, param, alpha, beta, hasMin, min, hasMax, max);
    }

    private static long Finite(Node node, double v, string what, FixedType type) => double.IsFinite(v)
        ? FixedMath.FromDouble(v, type)
        : throw new GraphException($"node '{node.Name}': activation {what} must be finite, got {v}");

    /// <summary>
    /// Throws <see cref="UnsupportedPrecisionException"/> when the activation's constants would need a type wider than
    /// 64 bits: nnet_activation.h holds alpha/beta (param_t) and BoundedRelu's min/max (res_t) as <c>long long</c> raw codes.
    /// Linear, Relu, BinaryTanh and TernaryTanh have no constants and take any width.
    /// </summary>
    public static void CheckConstants(Node node)
    {
        if (node.Op is not ActivationOp op || node.Output.Type is not { } tr) return;
        var constantType = op.Function switch
        {
            ActivationKind.LeakyRelu or ActivationKind.ThresholdedRelu or ActivationKind.HardSigmoid => node.Precision.Weight ?? tr,
            ActivationKind.BoundedRelu => tr,
            _ => null,
        };
        if (constantType is { FitsInt64: false })
        {
            throw new UnsupportedPrecisionException(
                $"node '{node.Name}' ({op.Function}): its constants would be of type {constantType}, wider than the 64-bit raw codes nnet_activation.h holds; use a narrower result or weight (parameter) precision");
        }
        if (op.Function is ActivationKind.LeakyRelu or ActivationKind.HardSigmoid && constantType is not null && node.Inputs[0].Type is { } input)
        {
            CppWidth.Require(node, CppWidth.Product(input, constantType) + 1, $"product of {input} and {constantType} (plus {constantType})");
        }
    }
}
