using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// <see cref="DenseKernel"/>'s arithmetic on 16 samples at once, one sample per 32-bit lane of a
/// <see cref="Vector512{T}"/>: a block of inputs is transposed to <c>xt[i][lane]</c>, then for each output j the
/// accumulator vector starts at the stored bias and takes column j's non-zero weights in input order
/// (<see cref="DenseColumns"/>), each step exactly the per-addition store of <see cref="StoredProductAccumulator"/>
/// (hls4ml semantics: store the product, then the sum) or <see cref="DenseAccumulator"/> (exact product, one store).
/// Every value on the way is proved to fit an int (<see cref="TryCreate"/>), so the lanes' integer arithmetic is the
/// exact arithmetic; stores are AP_TRN/AP_RND with AP_WRAP (N=0) or AP_SAT (<see cref="AccumulatorStore.IsFast"/>).
/// A zero input (and a padding lane) gives a zero product, which stores as 0 and adds nothing: no bit changes and no
/// overflow, as in the skipping loops; stores are counted from the non-zero inputs and the row counts. Overflows are
/// counted as lanes where the stored value differs from the exact one.
/// </summary>
internal sealed class SampleLaneDense
{
    /// <summary>Samples per block (int lanes of a 512-bit vector).</summary>
    public const int Lanes = 16;

    private readonly DenseColumns _columns;
    private readonly int _productShift, _accShift, _shift, _roundShift, _wrapShift;
    private readonly bool _round, _saturates, _signed, _storesProducts;
    private readonly int _lo, _hi, _mask;

    private SampleLaneDense(DenseColumns columns, AccumulatorStore store, int accShift, int productShift, bool storesProducts)
    {
        _columns = columns;
        _accShift = accShift;
        _productShift = productShift;
        _storesProducts = storesProducts;
        _shift = store.Shift;
        _roundShift = store.RoundShift;
        _round = store.RoundBit != 0;
        _saturates = store.Saturates;
        _signed = store.Lo < 0;
        _lo = (int)store.Lo;
        _hi = (int)store.Hi;
        _mask = (int)store.Mask;
        _wrapShift = 32 - store.To.Width;
    }

    /// <summary>
    /// The lane engine for a layer with input type <paramref name="tx"/>, or null when some value might not fit an int,
    /// the store is not <see cref="AccumulatorStore.IsFast"/>, or 512-bit vectors are not hardware-accelerated.
    /// <paramref name="store"/> stores from the exact sum's fraction bits into accum_t; under hls4ml semantics it
    /// stores the shifted product, otherwise the shifted accumulator plus the shifted product.
    /// </summary>
    public static SampleLaneDense? TryCreate(DensePlan plan, FixedType tx, AccumulatorStore store, int accShift, int productShift, bool storesProducts)
    {
        if (!Vector512.IsHardwareAccelerated || !store.IsFast) return null;
        var accum = plan.Accum;
        if (tx.Width > 31 || accum.Width > 30 || store.Shift > 30 || accShift > 30 || productShift > 30) return null;
        var columns = DenseColumns.For(plan, Lanes);
        if (!columns.Fits) return null;
        // Largest |x*w << productShift| (+ |acc << accShift| without product stores) must stay below 2^31.
        long maxX = Math.Max(Math.Abs(tx.MinRawInt64), Math.Abs(tx.MaxRawInt64));
        Int128 bound = ((Int128)maxX * columns.MaxAbsWeight) << productShift;
        if (!storesProducts) bound += (Int128)Math.Max(Math.Abs(accum.MinRawInt64), Math.Abs(accum.MaxRawInt64)) << accShift;
        if (bound >= int.MaxValue) return null;
        return new SampleLaneDense(columns, store, accShift, productShift, storesProducts);
    }

    /// <summary>
    /// Accumulates every row of <paramref name="x"/> ([rows, nIn]) into <paramref name="accOut"/> ([rows, nOut]), each
    /// accumulator starting at <paramref name="bias"/>[j] (already stored into accum_t). Adds the accumulation's stores
    /// and overflows (not the bias's or the result's).
    /// </summary>
    public void Accumulate(ReadOnlySpan<long> x, int nIn, ReadOnlySpan<long> bias, ReadOnlySpan<int> rowNonZeros, Span<long> accOut,
        ref long stores, ref long overflows)
    {
        int nOut = bias.Length, rows = nIn == 0 ? 0 : x.Length / nIn;
        var xt = new int[nIn * Lanes];
        var accT = new int[nOut * Lanes];
        var biasInt = new int[nOut];
        for (var j = 0; j < nOut; j++) biasInt[j] = (int)bias[j];
        int perMac = _storesProducts ? 2 : 1;
        long equal = 0, compared = 0, st = 0;
        for (var r0 = 0; r0 < rows; r0 += Lanes)
        {
            int count = Math.Min(Lanes, rows - r0);
            if (count < Lanes) Array.Clear(xt);
            for (var l = 0; l < count; l++)
            {
                var row = x.Slice((r0 + l) * nIn, nIn);
                long macs = 0;
                for (var i = 0; i < row.Length; i++)
                {
                    var v = row[i];
                    xt[i * Lanes + l] = (int)v;
                    if (v != 0) macs += rowNonZeros[i];
                }
                st += perMac * macs;
            }
            equal += _storesProducts ? BlockStored(xt, biasInt, accT) : BlockExact(xt, biasInt, accT);
            compared += (long)perMac * Lanes * _columns.Offset.Length;
            for (var l = 0; l < count; l++)
            {
                var dst = accOut.Slice((r0 + l) * nOut, nOut);
                for (var j = 0; j < dst.Length; j++) dst[j] = accT[j * Lanes + l];
            }
        }
        stores += st;
        overflows += compared - equal;
    }

    /// <summary>One block under hls4ml semantics; returns the number of (lane, store) pairs that did not overflow.</summary>
    private long BlockStored(int[] xt, int[] bias, int[] accT)
    {
        var start = _columns.Start;
        var offset = _columns.Offset;
        var weight = _columns.Weight;
        int sp = _productShift, s = _shift, h = _roundShift, k = _wrapShift;
        bool round = _round, sat = _saturates, signed = _signed;
        var vlo = Vector512.Create(_lo);
        var vhi = Vector512.Create(_hi);
        var vmask = Vector512.Create(_mask);
        var one = Vector512<int>.One;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        long equal = 0;
        for (var j = 0; j < bias.Length; j++)
        {
            var acc = Vector512.Create(bias[j]);
            var eq = Vector512<int>.Zero;
            for (int e = start[j], end = start[j + 1]; e < end; e++)
            {
                var prod = (Vector512.LoadUnsafe(ref x0, (nuint)offset[e]) * Vector512.Create(weight[e])) << sp;
                var q = Vector512.ShiftRightArithmetic(prod, s);
                if (round) q += Vector512.ShiftRightArithmetic(prod, h) & one;
                var p = Fit(q, sat, signed, k, vlo, vhi, vmask);
                eq += Vector512.Equals(p, q);
                var t = acc + p;
                acc = Fit(t, sat, signed, k, vlo, vhi, vmask);
                eq += Vector512.Equals(acc, t);
            }
            acc.StoreUnsafe(ref accT[j * Lanes]);
            equal -= Vector512.Sum(eq); // each equal lane added -1
        }
        return equal;
    }

    /// <summary>One block under exact semantics; returns the number of (lane, store) pairs that did not overflow.</summary>
    private long BlockExact(int[] xt, int[] bias, int[] accT)
    {
        var start = _columns.Start;
        var offset = _columns.Offset;
        var weight = _columns.Weight;
        int sp = _productShift, sa = _accShift, s = _shift, h = _roundShift, k = _wrapShift;
        bool round = _round, sat = _saturates, signed = _signed;
        var vlo = Vector512.Create(_lo);
        var vhi = Vector512.Create(_hi);
        var vmask = Vector512.Create(_mask);
        var one = Vector512<int>.One;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        long equal = 0;
        for (var j = 0; j < bias.Length; j++)
        {
            var acc = Vector512.Create(bias[j]);
            var eq = Vector512<int>.Zero;
            for (int e = start[j], end = start[j + 1]; e < end; e++)
            {
                var total = (acc << sa) + ((Vector512.LoadUnsafe(ref x0, (nuint)offset[e]) * Vector512.Create(weight[e])) << sp);
                var q = Vector512.ShiftRightArithmetic(total, s);
                if (round) q += Vector512.ShiftRightArithmetic(total, h) & one;
                acc = Fit(q, sat, signed, k, vlo, vhi, vmask);
                eq += Vector512.Equals(acc, q);
            }
            acc.StoreUnsafe(ref accT[j * Lanes]);
            equal -= Vector512.Sum(eq);
        }
        return equal;
    }

    /// <summary>AP_SAT (clamp) or AP_WRAP with N=0 (the low W bits, sign-extended for a signed type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Fit(Vector512<int> q, bool sat, bool signed, int wrapShift, Vector512<int> lo, Vector512<int> hi, Vector512<int> mask)
    {
        if (sat) return Vector512.Min(Vector512.Max(q, lo), hi);
        return signed ? Vector512.ShiftRightArithmetic(q << wrapShift, wrapShift) : q & mask;
    }
}
