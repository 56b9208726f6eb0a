using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Evaluation of hls4ml's table softmaxes (the plans live in the lowering layer): one row of n values, exactly as
/// nnet_softmax_hls4ml.h computes it, counting every store in an <see cref="OverflowCounter"/>.
/// </summary>
public static class Hls4mlSoftmaxEvaluation
{
    /// <summary>hls4ml's stable or latency softmax of one row (see <see cref="Hls4mlSoftmaxPlan"/>).</summary>
    /// <remarks><paramref name="zeroMasked"/> (SOFTMAX_ZERO): a zero input's e_i is accum_t(0) (a store that cannot overflow).</remarks>
    public static void Apply(this Hls4mlSoftmaxPlan plan, ReadOnlySpan<long> x, Span<long> res, FixedType result, OverflowCounter overflow, bool zeroMasked = false)
    {
        var acc = plan.AccumType;
        Span<long> e = x.Length <= 256 ? stackalloc long[x.Length] : new long[x.Length];
        if (plan.Variant == SoftmaxVariant.Stable)
        {
            var norm = plan.InpNormType!;
            long max = x[0];
            for (int i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
            for (int i = 0; i < x.Length; i++)
            {
                long d = FixedMath.Convert((Int128)max - x[i], plan.InputType.FracBits, norm, out bool o);
                overflow.Record(o);
                e[i] = ExpStore(plan, TopBitsIndex.Index(d, norm, plan.ExpBits), zeroMasked && x[i] == 0, overflow);
            }
        }
        else
        {
            for (int i = 0; i < x.Length; i++)
            {
                e[i] = ExpStore(plan, TopBitsIndex.Index(x[i], plan.InputType, plan.ExpBits), zeroMasked && x[i] == 0, overflow);
            }
        }
        long sum = TreeSum(e, acc, overflow);
        long expSum = Store(sum, acc, plan.InvInpType, overflow);
        long inv = plan.InvRaw[TopBitsIndex.Index(expSum, plan.InvInpType, plan.InvBits)];
        for (int i = 0; i < x.Length; i++)
        {
            res[i] = FixedMath.Convert((Int128)e[i] * inv, acc.FracBits + plan.InvType.FracBits, result, out bool o);
            overflow.Record(o);
        }
    }

    /// <summary>hls4ml's legacy softmax of one row (see <see cref="Hls4mlLegacySoftmaxPlan"/>).</summary>
    public static void Apply(this Hls4mlLegacySoftmaxPlan plan, ReadOnlySpan<long> x, Span<long> res, FixedType result, OverflowCounter overflow)
    {
        var t = plan.TableType;
        long one = FixedMath.FromInt64(1, t);
        for (int i = 0; i < x.Length; i++)
        {
            long acc = 0;
            for (int j = 0; j < x.Length; j++)
            {
                long term = i == j ? one : plan.ExpRaw[plan.ExpIndex.Index((Int128)x[j] - x[i])];
                acc = FixedMath.Convert(FixedArith.Add(acc, t, term, t), t.FracBits, t, out bool o);
                overflow.Record(o);
            }
            res[i] = FixedMath.Convert(plan.InvRaw[plan.InvIndex.Index(acc)], t.FracBits, result, out bool r);
            overflow.Record(r);
        }
    }

    /// <summary>
    /// hls4ml's adder tree over <paramref name="x"/> in <paramref name="type"/>: one value is itself, two are added, more
    /// split into the largest power of two strictly below their count and the rest; every sum is stored into the type.
    /// </summary>
    public static long TreeSum(ReadOnlySpan<long> x, FixedType type, OverflowCounter overflow)
    {
        if (x.Length == 1) return x[0];
        int half = 1;
        while (half * 2 < x.Length) half *= 2;
        long a = TreeSum(x[..half], type, overflow);
        long b = TreeSum(x[half..], type, overflow);
        long s = FixedMath.Convert(FixedArith.Add(a, type, b, type), type.FracBits, type, out bool o);
        overflow.Record(o);
        return s;
    }

    /// <summary>e_i: the exp table entry stored into accum_t, or accum_t(0) for a masked zero input (a store without overflow).</summary>
    private static long ExpStore(Hls4mlSoftmaxPlan plan, int index, bool masked, OverflowCounter overflow)
    {
        if (!masked) return Store(plan.ExpRaw[index], plan.ExpType, plan.AccumType, overflow);
        overflow.Record(false);
        return 0;
    }

    private static long Store(long raw, FixedType from, FixedType to, OverflowCounter overflow)
    {
        long v = FixedMath.Convert(raw, from.FracBits, to, out bool o);
        overflow.Record(o);
        return v;
    }
}
