using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Tables;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// hls4ml's stable / latency softmax rows with the same bits and the same store and overflow counts as
/// <see cref="Hls4mlSoftmaxEvaluation.Apply(Hls4mlSoftmaxPlan, ReadOnlySpan{long}, Span{long}, FixedType, OverflowCounter, bool)"/>,
/// made once per plan and result type: the exp table is stored into accum_t once (entry and overflow flag); max − x
/// goes into inp_norm_t as it is when the fraction bits agree and it fits; the adder tree's sums and the AP_TRN products
/// are plain integer operations when they stay inside the type (a store of a value inside the range changes nothing).
/// Anything else takes the general conversion, so every case keeps the reference's bits.
/// </summary>
public sealed class Hls4mlSoftmaxFastRows
{
    private readonly Hls4mlSoftmaxPlan _plan;
    private readonly FixedType _result;
    private readonly long[] _expAcc;
    private readonly bool[] _expAccOverflows;
    private readonly bool _normAsIs;
    private readonly long _normMax;
    private readonly long _accMin, _accMax, _resMin, _resMax;
    private readonly int _resShift;
    private readonly bool _resTruncates;
    private readonly bool _zeroMasked;
    private readonly long _plainSumLength;

    public Hls4mlSoftmaxFastRows(Hls4mlSoftmaxPlan plan, FixedType result, bool zeroMasked = false)
    {
        _plan = plan;
        _zeroMasked = zeroMasked;
        _result = result;
        var acc = plan.AccumType;
        _expAcc = new long[plan.ExpRaw.Length];
        _expAccOverflows = new bool[plan.ExpRaw.Length];
        for (var i = 0; i < _expAcc.Length; i++) _expAcc[i] = FixedMath.Convert(plan.ExpRaw[i], plan.ExpType.FracBits, acc, out _expAccOverflows[i]);
        // Rows of at most this many stored exps never take a partial sum out of accum_t (each |sum| <= n * largest |entry|).
        long largest = 1;
        foreach (var v in _expAcc) largest = Math.Max(largest, Math.Abs(v));
        _plainSumLength = Math.Min(acc.MaxRawInt64, -acc.MinRawInt64) / largest;
        _normAsIs = plan.InpNormType is { } norm && norm.FracBits == plan.InputType.FracBits;
        _normMax = plan.InpNormType?.MaxRawInt64 ?? 0;
        _accMin = acc.MinRawInt64;
        _accMax = acc.MaxRawInt64;
        _resMin = result.MinRawInt64;
        _resMax = result.MaxRawInt64;
        _resShift = acc.FracBits + plan.InvType.FracBits - result.FracBits;
        _resTruncates = result.Quant == QuantMode.Trn && _resShift is >= 0 and < 63;
    }

    /// <summary>True when the integer shortcuts cannot overflow a long (every type at most 62 bits wide, products included).</summary>
    public static bool Applies(Hls4mlSoftmaxPlan plan, FixedType result) =>
        plan.Length <= 256 && plan.InputType.Width <= 62 && plan.AccumType.Width <= 62 && result.Width <= 62
        && plan.AccumType.Width + plan.InvType.Width <= 62 && plan.AccumType.Signed;

    /// <summary>One row: <paramref name="x"/> (input raw codes) to <paramref name="res"/> (result raw codes); adds to the store and overflow counts.</summary>
    // Fully optimized from the first call, as the tree kernel: under tiering a busy host may run it unoptimized for long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(ReadOnlySpan<long> x, Span<long> res, ref long stores, ref long overflows)
    {
        var plan = _plan;
        var n = x.Length;
        Span<long> e = stackalloc long[n];
        var expShift = plan.ExpIndexType.Width - plan.ExpBits;
        var expMask = (1L << plan.ExpBits) - 1;
        if (plan.Variant == SoftmaxVariant.Stable)
        {
            var norm = plan.InpNormType!;
            long max = x[0];
            for (var i = 1; i < n; i++) max = Math.Max(max, x[i]);
            for (var i = 0; i < n; i++)
            {
                long d = max - x[i];
                if (!_normAsIs || d > _normMax)
                {
                    d = FixedMath.Convert((Int128)max - x[i], plan.InputType.FracBits, norm, out var o);
                    if (o) overflows++;
                }
                var idx = (int)((d >> expShift) & expMask);
                if (_zeroMasked && x[i] == 0)
                {
                    e[i] = 0;
                    continue;
                }
                e[i] = _expAcc[idx];
                if (_expAccOverflows[idx]) overflows++;
            }
            stores += 2 * n;
        }
        else
        {
            for (var i = 0; i < n; i++)
            {
                var idx = (int)((x[i] >> expShift) & expMask);
                if (_zeroMasked && x[i] == 0)
                {
                    e[i] = 0;
                    continue;
                }
                e[i] = _expAcc[idx];
                if (_expAccOverflows[idx]) overflows++;
            }
            stores += n;
        }
        long sum = n <= _plainSumLength ? PlainSum(e) : TreeSum(e, ref overflows);
        stores += n - 1;
        long expSum = FixedMath.Convert(sum, plan.AccumType.FracBits, plan.InvInpType, out var so);
        stores++;
        if (so) overflows++;
        long inv = plan.InvRaw[TopBitsIndex.Index(expSum, plan.InvInpType, plan.InvBits)];
        var fracs = plan.AccumType.FracBits + plan.InvType.FracBits;
        for (var i = 0; i < n; i++)
        {
            long p = e[i] * inv;
            if (_resTruncates)
            {
                long r = p >> _resShift;
                if (r >= _resMin && r <= _resMax)
                {
                    res[i] = r;
                    continue;
                }
            }
            res[i] = FixedMath.Convert(p, fracs, _result, out var o);
            if (o) overflows++;
        }
        stores += n;
    }

    /// <summary>The adder tree's result when no partial sum can leave accum_t: every store keeps its value, so the order does not matter.</summary>
    private static long PlainSum(ReadOnlySpan<long> x)
    {
        long s = 0;
        foreach (var v in x) s += v;
        return s;
    }

    /// <summary>hls4ml's adder tree (as <see cref="Hls4mlSoftmaxEvaluation.TreeSum"/>): plain sums while they stay in accum_t.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long TreeSum(ReadOnlySpan<long> x, ref long overflows)
    {
        if (x.Length == 1) return x[0];
        var half = 1;
        while (half * 2 < x.Length) half *= 2;
        long a = TreeSum(x[..half], ref overflows);
        long b = TreeSum(x[half..], ref overflows);
        long s = a + b;
        if (s >= _accMin && s <= _accMax) return s;
        var type = _plan.AccumType;
        s = FixedMath.Convert(FixedArith.Add(a, type, b, type), type.FracBits, type, out var o);
        if (o) overflows++;
        return s;
    }
}
