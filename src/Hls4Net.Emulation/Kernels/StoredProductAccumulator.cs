using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The inner loops of <see cref="DenseKernel"/> under hls4ml semantics (<see cref="Lowering.Plans.ProductStore"/>):
/// for each input i (in order) and each output j, the product is stored into accum_t first,
/// <c>p = store((x[i] * w[i*nOut+j]) &lt;&lt; productShift)</c>, then <c>acc[j] = sumStore(acc[j] + p)</c>
/// (two counted stores per addition). <c>product</c> stores from the exact sum's fraction bits into accum_t,
/// <c>sum</c> from accum_t's own fraction bits (an overflow step only). A zero product stores as 0 and adds nothing,
/// so zero weights and inputs change no bit and set no overflow.
/// </summary>
internal static class StoredProductAccumulator
{
    /// <summary>Needs an <see cref="AccumulatorStore.IsFast"/> product store and an exact product of at most 63 bits.</summary>
    public static void AccumulateFast(ReadOnlySpan<long> x, ReadOnlySpan<long> w, ReadOnlySpan<int> rowNonZeros, Span<long> acc,
        AccumulatorStore product, int productShift, ref long stores, ref long overflows)
    {
        int nOut = acc.Length, s = product.Shift, h = product.RoundShift, sp = productShift;
        long rb = product.RoundBit, lo = product.Lo, hi = product.Hi, mask = product.Mask;
        bool sat = product.Saturates;
        long st = 0, ov = 0;
        ref long a0 = ref MemoryMarshal.GetReference(acc);
        var vlo = Vector256.Create(lo);
        var vhi = Vector256.Create(hi);
        var vmask = Vector256.Create(mask);
        var vrb = Vector256.Create(rb);
        var vov = Vector256<long>.Zero;
        bool vector = Vector256.IsHardwareAccelerated && nOut >= Vector256<long>.Count;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            if (xi == 0) continue;
            st += 2L * rowNonZeros[i];
            ref long w0 = ref MemoryMarshal.GetReference(w.Slice(i * nOut, nOut));
            var j = 0;
            if (vector)
            {
                var vx = Vector256.Create(xi);
                for (; j <= nOut - Vector256<long>.Count; j += Vector256<long>.Count)
                {
                    var exact = (vx * Vector256.LoadUnsafe(ref w0, (nuint)j)) << sp;
                    var q = Vector256.ShiftRightArithmetic(exact, s) + (Vector256.ShiftRightArithmetic(exact, h) & vrb);
                    var p = sat ? Vector256.Min(Vector256.Max(q, vlo), vhi) : ((q - vlo) & vmask) + vlo;
                    vov -= ~Vector256.Equals(p, q);
                    var t = Vector256.LoadUnsafe(ref a0, (nuint)j) + p;
                    var v = sat ? Vector256.Min(Vector256.Max(t, vlo), vhi) : ((t - vlo) & vmask) + vlo;
                    vov -= ~Vector256.Equals(v, t);
                    v.StoreUnsafe(ref a0, (nuint)j);
                }
            }
            for (; j < nOut; j++)
            {
                ref long a = ref Unsafe.Add(ref a0, j);
                var q = AccumulatorStore.Quantize((xi * Unsafe.Add(ref w0, j)) << sp, s, h, rb);
                var p = sat ? AccumulatorStore.Saturate(q, lo, hi) : AccumulatorStore.Wrap(q, lo, mask);
                var t = a + p;
                var v = sat ? AccumulatorStore.Saturate(t, lo, hi) : AccumulatorStore.Wrap(t, lo, mask);
                ov += (p != q ? 1 : 0) + (v != t ? 1 : 0);
                a = v;
            }
        }
        stores += st;
        overflows += ov + Vector256.Sum(vov);
    }

    /// <summary>Any stores and an exact product of at most 63 bits (accum_t then has at most 62); zero weights are skipped.</summary>
    public static void Accumulate64(ReadOnlySpan<long> x, ReadOnlySpan<long> w, Span<long> acc,
        AccumulatorStore product, AccumulatorStore sum, int productShift, ref long stores, ref long overflows)
    {
        int nOut = acc.Length;
        long st = 0, ov = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            if (xi == 0) continue;
            var row = w.Slice(i * nOut, nOut);
            for (var j = 0; j < row.Length && j < acc.Length; j++)
            {
                var wij = row[j];
                if (wij == 0) continue;
                var p = product.Store((xi * wij) << productShift, out var po);
                acc[j] = sum.Store(acc[j] + p, out var so);
                st += 2;
                ov += (po ? 1 : 0) + (so ? 1 : 0);
            }
        }
        stores += st;
        overflows += ov;
    }

    /// <summary>Any stores and an exact product of up to 127 bits; zero weights are skipped.</summary>
    public static void Accumulate128(ReadOnlySpan<long> x, ReadOnlySpan<long> w, Span<long> acc,
        AccumulatorStore product, AccumulatorStore sum, int productShift, ref long stores, ref long overflows)
    {
        int nOut = acc.Length;
        long st = 0, ov = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var xi = x[i];
            if (xi == 0) continue;
            var row = w.Slice(i * nOut, nOut);
            for (var j = 0; j < row.Length && j < acc.Length; j++)
            {
                var wij = row[j];
                if (wij == 0) continue;
                var p = product.Store(((Int128)xi * wij) << productShift, out var po);
                acc[j] = sum.Store((Int128)acc[j] + p, out var so);
                st += 2;
                ov += (po ? 1 : 0) + (so ? 1 : 0);
            }
        }
        stores += st;
        overflows += ov;
    }
}
