using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// The inner loops of <see cref="DenseKernel"/>: for each input i (in order) and each output j,
/// <c>acc[j] = store((acc[j] &lt;&lt; accShift) + ((x[i] * w[i*nOut+j]) &lt;&lt; productShift))</c>.
/// <see cref="AccumulateFast"/> needs an <see cref="AccumulatorStore.IsFast"/> store and an exact sum of at most 63
/// bits; it does not skip zero weights: their addition re-stores an in-range accumulator into its own type, which
/// changes no bit and sets no overflow (AP_WRAP and AP_SAT only), and such stores are counted from
/// <c>rowNonZeros</c> so that the store count equals the one of the skipping loop.
/// </summary>
internal static class DenseAccumulator
{
    public static void AccumulateFast(ReadOnlySpan<long> x, ReadOnlySpan<long> w, ReadOnlySpan<int> rowNonZeros, Span<long> acc,
        AccumulatorStore store, int accShift, int productShift, ref long stores, ref long overflows)
    {
        int nOut = acc.Length, s = store.Shift, h = store.RoundShift, sa = accShift, sp = productShift;
        long rb = store.RoundBit, lo = store.Lo, hi = store.Hi, mask = store.Mask;
        bool sat = store.Saturates;
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
            st += rowNonZeros[i];
            ref long w0 = ref MemoryMarshal.GetReference(w.Slice(i * nOut, nOut));
            var j = 0;
            if (vector)
            {
                var vx = Vector256.Create(xi);
                for (; j <= nOut - Vector256<long>.Count; j += Vector256<long>.Count)
                {
                    var total = (Vector256.LoadUnsafe(ref a0, (nuint)j) << sa) + ((vx * Vector256.LoadUnsafe(ref w0, (nuint)j)) << sp);
                    var q = Vector256.ShiftRightArithmetic(total, s) + (Vector256.ShiftRightArithmetic(total, h) & vrb);
                    var v = sat ? Vector256.Min(Vector256.Max(q, vlo), vhi) : ((q - vlo) & vmask) + vlo;
                    vov -= ~Vector256.Equals(v, q); // +1 in each lane that was out of range
                    v.StoreUnsafe(ref a0, (nuint)j);
                }
            }
            for (; j < nOut; j++)
            {
                ref long a = ref Unsafe.Add(ref a0, j);
                var total = (a << sa) + ((xi * Unsafe.Add(ref w0, j)) << sp);
                var q = AccumulatorStore.Quantize(total, s, h, rb);
                var v = sat ? AccumulatorStore.Saturate(q, lo, hi) : AccumulatorStore.Wrap(q, lo, mask);
                ov += v != q ? 1 : 0;
                a = v;
            }
        }
        stores += st;
        overflows += ov + Vector256.Sum(vov);
    }

    /// <summary>Any store and an exact sum of at most 63 bits; zero weights are skipped.</summary>
    public static void Accumulate64(ReadOnlySpan<long> x, ReadOnlySpan<long> w, Span<long> acc,
        AccumulatorStore store, int accShift, int productShift, ref long stores, ref long overflows)
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
                acc[j] = store.Store((acc[j] << accShift) + ((xi * wij) << productShift), out var o);
                st++;
                if (o) ov++;
            }
        }
        stores += st;
        overflows += ov;
    }

    /// <summary>Any store and an exact sum of up to 127 bits; zero weights are skipped.</summary>
    public static void Accumulate128(ReadOnlySpan<long> x, ReadOnlySpan<long> w, Span<long> acc,
        AccumulatorStore store, int accShift, int productShift, ref long stores, ref long overflows)
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
                acc[j] = store.Store(((Int128)acc[j] << accShift) + (((Int128)xi * wij) << productShift), out var o);
                st++;
                if (o) ov++;
            }
        }
        stores += st;
        overflows += ov;
    }
}
