using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// hls4ml's table softmax (Stable and Latency, <see cref="Hls4mlSoftmaxEvaluation"/>) with every store through an
/// <see cref="AccumulatorStore"/> worked out once per plan and result type, and the stores and overflows counted in
/// locals: the same steps on the same exact values, and <see cref="AccumulatorStore"/> gives FixedMath.Convert's bits
/// and flag. Only for types whose raw codes fit a long (<see cref="For"/> returns null otherwise).
/// </summary>
internal sealed class Hls4mlSoftmaxStores
{
    private static readonly ConditionalWeakTable<Hls4mlSoftmaxPlan, Hls4mlSoftmaxStores> Cache = new();

    private readonly AccumulatorStore? _norm;
    private readonly AccumulatorStore _exp, _sum, _expSum, _result;

    private Hls4mlSoftmaxStores(Hls4mlSoftmaxPlan plan, FixedType result)
    {
        var acc = plan.AccumType;
        Result = result;
        _norm = plan.Variant == SoftmaxVariant.Stable ? new AccumulatorStore(plan.InpNormType!, plan.InputType.FracBits) : null;
        _exp = new AccumulatorStore(acc, plan.ExpType.FracBits);
        _sum = new AccumulatorStore(acc, acc.FracBits);
        _expSum = new AccumulatorStore(plan.InvInpType, acc.FracBits);
        _result = new AccumulatorStore(result, acc.FracBits + plan.InvType.FracBits);
    }

    /// <summary>The result type these stores were worked out for.</summary>
    public FixedType Result { get; }

    /// <summary>The stores for <paramref name="plan"/> into <paramref name="result"/>, or null when a type is wider than a long.</summary>
    public static Hls4mlSoftmaxStores? For(Hls4mlSoftmaxPlan plan, FixedType result)
    {
        if (plan.Variant is not (SoftmaxVariant.Stable or SoftmaxVariant.Latency)) return null;
        if (!result.FitsInt64 || !plan.AccumType.FitsInt64 || !plan.InvInpType.FitsInt64) return null;
        if (plan.Variant == SoftmaxVariant.Stable && plan.InpNormType is not { FitsInt64: true }) return null;
        var stores = Cache.GetValue(plan, p => new Hls4mlSoftmaxStores(p, result));
        return stores.Result == result ? stores : new Hls4mlSoftmaxStores(plan, result);
    }

    /// <summary>One softmax of <paramref name="x"/> into <paramref name="res"/>, as <see cref="Hls4mlSoftmaxEvaluation.Apply(Hls4mlSoftmaxPlan, ReadOnlySpan{long}, Span{long}, FixedType, OverflowCounter)"/>.</summary>
    public void Apply(Hls4mlSoftmaxPlan plan, ReadOnlySpan<long> x, Span<long> res, ref long stores, ref long overflows)
    {
        Span<long> e = x.Length <= 256 ? stackalloc long[x.Length] : new long[x.Length];
        long ov = 0;
        bool o;
        if (_norm is { } norm)
        {
            long max = x[0];
            for (var i = 1; i < x.Length; i++) max = Math.Max(max, x[i]);
            for (var i = 0; i < x.Length; i++)
            {
                long d = norm.Store((Int128)max - x[i], out o);
                ov += o ? 1 : 0;
                e[i] = _exp.Store(plan.ExpRaw[TopBitsIndex.Index(d, norm.To, plan.ExpBits)], out o);
                ov += o ? 1 : 0;
            }
            stores += x.Length;
        }
        else
        {
            for (var i = 0; i < x.Length; i++)
            {
                e[i] = _exp.Store(plan.ExpRaw[TopBitsIndex.Index(x[i], plan.InputType, plan.ExpBits)], out o);
                ov += o ? 1 : 0;
            }
        }
        long sum = TreeSum(e, ref ov);
        long expSum = _expSum.Store(sum, out o);
        ov += o ? 1 : 0;
        long inv = plan.InvRaw[TopBitsIndex.Index(expSum, plan.InvInpType, plan.InvBits)];
        for (var i = 0; i < x.Length; i++)
        {
            res[i] = _result.Store((Int128)e[i] * inv, out o);
            ov += o ? 1 : 0;
        }
        stores += x.Length + (x.Length - 1) + 1 + x.Length; // exp, tree additions, sum, results
        overflows += ov;
    }

    /// <summary>hls4ml's pairwise sum (halves split at the largest power of two below the length), each addition stored.</summary>
    private long TreeSum(ReadOnlySpan<long> x, ref long overflows)
    {
        if (x.Length == 1) return x[0];
        var half = 1;
        while (half * 2 < x.Length) half *= 2;
        long a = TreeSum(x[..half], ref overflows);
        long b = TreeSum(x[half..], ref overflows);
        var s = _sum.Store((Int128)a + b, out var o);
        overflows += o ? 1 : 0;
        return s;
    }
}
