using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Emulation.Kernels;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Wide;

/// <summary>
/// The wide path of <see cref="ReluFamilyKernel"/> (same functions, comparisons and single store into res_t), in exact
/// BigInteger arithmetic, for layers whose input, result or parameter type is wider than 64-bit raw codes or whose
/// exact intermediates need more than Int128 gives.
/// </summary>
public static class WideActivation
{
    /// <summary>True when <paramref name="node"/> needs the wide path.</summary>
    public static bool Needed(Node node, FixedType input)
    {
        if (node.Output.Type is not { } tr || node.Op is not ActivationOp op) return false;
        var tp = node.Precision.Weight ?? tr;
        if (LayerTypes.AnyWide(input, tr, tp)) return true;
        var intermediate = op.Function switch
        {
            ActivationKind.LeakyRelu or ActivationKind.HardSigmoid => FixedType.AddResult(FixedType.MulResult(input, tp), tp),
            ActivationKind.ThresholdedRelu => FixedType.SubResult(input, tp),
            ActivationKind.BoundedRelu => FixedType.SubResult(input, tr),
            _ => null,
        };
        return intermediate is { Width: > WideRaw.FastExactWidth };
    }

    public static FixedTensor Run(Node node, FixedTensor input, OverflowCounter overflow)
    {
        ReluFamilyPlan.CheckConstants(node);
        var op = (ActivationOp)node.Op;
        var tx = input.Type;
        var tr = node.Output.Type!;
        var tp = node.Precision.Weight ?? tr;
        int fx = tx.FracBits, fr = tr.FracBits, fp = tp.FracBits;
        BigInteger alpha = 0, beta = 0, min = 0, max = 0;
        bool hasMin = false, hasMax = false;
        switch (op.Function)
        {
            case ActivationKind.LeakyRelu or ActivationKind.ThresholdedRelu:
                alpha = Finite(node, op.Alpha, "alpha", tp);
                break;
            case ActivationKind.HardSigmoid:
                alpha = Finite(node, op.Alpha, "alpha", tp);
                beta = Finite(node, op.Beta, "beta", tp);
                break;
            case ActivationKind.BoundedRelu:
                if (double.IsNaN(op.Min) || double.IsNaN(op.Max)) throw new GraphException($"node '{node.Name}': BoundedRelu bounds must not be NaN");
                hasMin = !double.IsInfinity(op.Min);
                hasMax = !double.IsInfinity(op.Max);
                if (hasMin) min = FixedMath.FromDoubleBig(op.Min, tr, out _);
                if (hasMax) max = FixedMath.FromDoubleBig(op.Max, tr, out _);
                break;
        }
        int hf = 0, hsp = 0, hsb = 0;
        if (op.Function == ActivationKind.HardSigmoid)
        {
            var product = FixedType.MulResult(tx, tp); // within the C++ limit (ReluFamilyPlan.CheckConstants)
            hf = FixedType.AddResult(product, tp).FracBits;
            hsp = hf - product.FracBits;
            hsb = hf - fp;
        }
        var output = new BigInteger[input.Length];
        long overflows = 0;
        for (var i = 0; i < output.Length; i++)
        {
            var v = input.At(i);
            bool o = false;
            BigInteger r;
            switch (op.Function)
            {
                case ActivationKind.Linear:
                    r = FixedMath.Convert(v, fx, tr, out o);
                    break;
                case ActivationKind.Relu:
                    r = v.Sign > 0 ? FixedMath.Convert(v, fx, tr, out o) : BigInteger.Zero;
                    break;
                case ActivationKind.LeakyRelu:
                    r = v.Sign > 0 ? FixedMath.Convert(v, fx, tr, out o) : FixedMath.Convert(v * alpha, fx + fp, tr, out o);
                    break;
                case ActivationKind.ThresholdedRelu:
                    r = WideRaw.Compare(v, fx, alpha, fp) > 0 ? FixedMath.Convert(v, fx, tr, out o) : BigInteger.Zero;
                    break;
                case ActivationKind.BoundedRelu:
                    if (hasMin && WideRaw.Compare(v, fx, min, fr) < 0) r = min;
                    else if (hasMax && WideRaw.Compare(v, fx, max, fr) > 0) r = max;
                    else r = FixedMath.Convert(v, fx, tr, out o);
                    break;
                case ActivationKind.HardSigmoid:
                    var s = ((v * alpha) << hsp) + (beta << hsb);
                    if (s.Sign < 0) r = BigInteger.Zero;
                    else if (WideRaw.Compare(s, hf, BigInteger.One, 0) > 0) r = FixedMath.Convert(BigInteger.One, 0, tr, out o);
                    else r = FixedMath.Convert(s, hf, tr, out o);
                    break;
                case ActivationKind.BinaryTanh:
                    r = FixedMath.Convert(v.Sign > 0 ? BigInteger.One : BigInteger.MinusOne, 0, tr, out o);
                    break;
                case ActivationKind.TernaryTanh:
                    int t = WideRaw.Compare(v, fx, 1, 1) > 0 ? 1 : WideRaw.Compare(v, fx, -1, 1) <= 0 ? -1 : 0;
                    r = FixedMath.Convert(t, 0, tr, out o);
                    break;
                default:
                    throw new GraphException($"node '{node.Name}': activation {op.Function} is not supported by the ReLU-family kernel");
            }
            output[i] = r;
            if (o) overflows++;
        }
        overflow.Add(output.Length, overflows);
        return WideRaw.Tensor(tr, node.Output.Shape, input.Batch, output);
    }

    private static BigInteger Finite(Node node, double v, string what, FixedType type) => double.IsFinite(v)
        ? FixedMath.FromDoubleBig(v, type, out _)
        : throw new GraphException($"node '{node.Name}': activation {what} must be finite, got {v}");
}
