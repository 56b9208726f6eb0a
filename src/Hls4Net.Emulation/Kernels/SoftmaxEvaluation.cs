using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Evaluation of a <see cref="SoftmaxPlan"/> (the plan itself lives in the lowering layer): one row of n values,
/// exactly as nnet_softmax.h computes it, counting every store in an <see cref="OverflowCounter"/>.
/// </summary>
public static class SoftmaxEvaluation
{
    /// <summary>Runs one softmax (one row of n values) exactly as nnet_softmax.h does; <paramref name="zeroMasked"/>: a zero input's exp is 0.</summary>
    public static void Apply(this SoftmaxPlan plan, ReadOnlySpan<long> x, Span<long> res, FixedType result, OverflowCounter overflow, bool zeroMasked = false)
    {
        long max = x[0];
        for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
        Span<long> e = x.Length <= 256 ? stackalloc long[x.Length] : new long[x.Length];
        long sum = 0;
        int sumFrac = Math.Max(plan.AccumType.FracBits, plan.ExpType.FracBits);
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = zeroMasked && x[i] == 0 ? 0 : plan.ExpRaw[plan.Indexer.Index((Int128)max - x[i])];
            var exact = FixedArith.Add(sum, plan.AccumType, e[i], plan.ExpType);
            sum = FixedMath.Convert(exact, sumFrac, plan.AccumType, out bool o);
            overflow.Record(o);
        }
        long inv = plan.Reciprocal(sum, overflow);
        for (int i = 0; i < x.Length; i++)
        {
            res[i] = FixedMath.Convert((Int128)e[i] * inv, plan.ExpType.FracBits + plan.InvType.FracBits, result, out bool o);
            overflow.Record(o);
        }
    }

    /// <summary>
    /// <see cref="Apply"/> for an input or a result wider than 64-bit raw codes (the wide path): the same steps; the
    /// index arithmetic in BigInteger (any width), the final product exact.
    /// </summary>
    public static void ApplyWide(this SoftmaxPlan plan, ReadOnlySpan<System.Numerics.BigInteger> x, Span<System.Numerics.BigInteger> res, FixedType result, OverflowCounter overflow, bool zeroMasked = false)
    {
        var max = x[0];
        for (int i = 1; i < x.Length; i++) if (x[i] > max) max = x[i];
        var e = new long[x.Length];
        long sum = 0;
        int sumFrac = Math.Max(plan.AccumType.FracBits, plan.ExpType.FracBits);
        for (int i = 0; i < x.Length; i++)
        {
            e[i] = zeroMasked && x[i].IsZero ? 0 : plan.ExpRaw[plan.Indexer.IndexWide(max - x[i])];
            var exact = FixedArith.Add(sum, plan.AccumType, e[i], plan.ExpType);
            sum = FixedMath.Convert(exact, sumFrac, plan.AccumType, out bool o);
            overflow.Record(o);
        }
        long inv = plan.Reciprocal(sum, overflow);
        for (int i = 0; i < x.Length; i++)
        {
            res[i] = FixedMath.Convert((System.Numerics.BigInteger)e[i] * inv, plan.ExpType.FracBits + plan.InvType.FracBits, result, out bool o);
            overflow.Record(o);
        }
    }

    /// <summary>inv_t of 1/sum: q = floor(2^E / max(sum_raw, 1)), value ((q &lt;&lt; 1) | sticky) * 2^-(F_inv + 2), stored into inv_t.</summary>
    public static long Reciprocal(this SoftmaxPlan plan, long sumRaw, OverflowCounter overflow)
    {
        Int128 s = Math.Max(sumRaw, 1);
        Int128 num = (Int128)1 << plan.InvNumeratorShift;
        Int128 q = num / s;
        Int128 sticky = q * s == num ? 0 : 1;
        long inv = FixedMath.Convert((q << 1) | sticky, plan.InvType.FracBits + 2, plan.InvType, out bool o);
        overflow.Record(o);
        return inv;
    }
}
