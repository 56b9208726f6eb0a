using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
/// counted as lanes where the stored value differs from the exact one. A column whose partial sums are proved in range
/// for a block (from the block's largest |x| per input and the column's |w|) skips the wraps and the checks: no store
/// can overflow there, so both semantics reduce to adding the quantized products. One instance per kernel call
/// (<see cref="TryCreate"/> makes a new one): it keeps the proof thresholds of the bias it last saw, so it is not thread-safe.
/// </summary>
internal sealed class SampleLaneDense
{
    /// <summary>Samples per block (int lanes of a 512-bit vector).</summary>
    public const int Lanes = 16;

    /// <summary>Permutation indices taking lanes 0..7 of two vectors alternately (a0, b0, a1, b1, ...).</summary>
    private static readonly Vector512<int> InterleaveLow = Vector512.Create(0, 16, 1, 17, 2, 18, 3, 19, 4, 20, 5, 21, 6, 22, 7, 23);

    /// <summary>Permutation indices taking lanes 8..15 of two vectors alternately.</summary>
    private static readonly Vector512<int> InterleaveHigh = Vector512.Create(8, 24, 9, 25, 10, 26, 11, 27, 12, 28, 13, 29, 14, 30, 15, 31);

    private readonly DenseColumns _columns;
    /// <summary>
    /// Blocks whose proofs are worked out directly before the per-column thresholds (about 64 bounds per column) are
    /// made: a Dense layer on a batch of 1000 (63 blocks) keeps the direct bounds, a conv's thousands of blocks take them.
    /// </summary>
    private const int DirectBlocks = 128;

    private int[]? _thresholdBias;
    private int _directBlocks;
    private long[] _inRangeMax = [], _trackMax = [];
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
    /// Accumulates every row of <paramref name="x"/> ([rows, nIn]), each accumulator starting at <paramref name="bias"/>[j]
    /// (already stored into accum_t), and stores the accumulators through <paramref name="result"/> into
    /// <paramref name="output"/> ([rows, nOut]). Adds the accumulation's and the result's stores and overflows (not the bias's).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    public void Accumulate(ReadOnlySpan<long> x, int nIn, ReadOnlySpan<long> bias, ReadOnlySpan<int> rowNonZeros, AccumulatorStore result,
        Span<long> output, ref long stores, ref long overflows)
    {
        int nOut = bias.Length, rows = nIn == 0 ? 0 : x.Length / nIn;
        var xt = new int[nIn * Lanes];
        var accT = new int[nOut * Lanes];
        var biasInt = new int[nOut];
        for (var j = 0; j < nOut; j++) biasInt[j] = (int)bias[j];
        int perMac = _storesProducts ? 2 : 1;
        long ov = 0, st = 0;
        var resultLanes = IntLaneStore.TryCreate(result);
        for (var r0 = 0; r0 < rows; r0 += Lanes)
        {
            int count = Math.Min(Lanes, rows - r0);
            if (count == Lanes && Avx512F.IsSupported)
            {
                var full = x.Slice(r0 * nIn, Lanes * nIn);
                st += perMac * RowTranspose.Block(full, nIn, rowNonZeros, xt, out var max);
                ov += AccumulateBlock(xt, count, max, biasInt, accT, resultLanes, result, output.Slice(r0 * nOut, count * nOut));
                st += (long)count * nOut;
                continue;
            }
            if (count < Lanes) Array.Clear(xt);
            long blockMax = 0;
            for (var l = 0; l < count; l++)
            {
                var row = x.Slice((r0 + l) * nIn, nIn);
                long macs = 0;
                for (var i = 0; i < row.Length; i++)
                {
                    var v = row[i];
                    xt[i * Lanes + l] = (int)v;
                    blockMax = Math.Max(blockMax, Math.Abs(v));
                    macs += (long)((ulong)(v | -v) >> 63) * rowNonZeros[i]; // branch-free: after a ReLU, zeros come at random
                }
                st += perMac * macs;
            }
            ov += AccumulateBlock(xt, count, blockMax, biasInt, accT, resultLanes, result, output.Slice(r0 * nOut, count * nOut));
            st += (long)count * nOut;
        }
        stores += st;
        overflows += ov;
    }

    /// <summary>
    /// One already-transposed block: <paramref name="xt"/>[i * <see cref="Lanes"/> + l] is input i of row l, the lanes from
    /// <paramref name="count"/> on zero; <paramref name="blockMax"/> is the largest |input| of the block. Each accumulator
    /// starts at <paramref name="bias"/>[j] (already stored into accum_t); the rows' results go through
    /// <paramref name="result"/> (<paramref name="resultLanes"/>, its lane form, when there is one) into
    /// <paramref name="output"/> ([count, nOut]); <paramref name="accT"/> ([nOut * Lanes]) is scratch. Returns the
    /// accumulation's and the result's overflows; the stores (per non-zero input and per result) are the caller's to count.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    public long AccumulateBlock(int[] xt, int count, long blockMax, int[] bias, int[] accT, IntLaneStore? resultLanes, AccumulatorStore result, Span<long> output)
    {
        int nOut = bias.Length;
        var ov = Block(xt, blockMax, bias, accT);
        if (resultLanes is not null)
        {
            ov += StoreResults(resultLanes, accT, count);
            WriteRows(accT, nOut, count, output);
            return ov;
        }
        for (var l = 0; l < count; l++)
        {
            var dst = output.Slice(l * nOut, nOut);
            for (var j = 0; j < dst.Length; j++)
            {
                dst[j] = result.Store(accT[j * Lanes + l], out var o);
                ov += o ? 1 : 0;
            }
        }
        return ov;
    }

    /// <summary>
    /// Writes the block's stored results row by row: <paramref name="output"/>[l * nOut + j] = accT[j * Lanes + l] for the
    /// first <paramref name="count"/> lanes. A full block of one or two outputs (a conv with one or two filters) is
    /// interleaved and widened in registers; anything else element by element.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    internal static void WriteRows(int[] accT, int nOut, int count, Span<long> output)
    {
        ref long o0 = ref MemoryMarshal.GetReference(output);
        if (count == Lanes && nOut == 1 && output.Length >= Lanes)
        {
            var (lower, upper) = Vector512.Widen(Vector512.Create(accT));
            lower.StoreUnsafe(ref o0);
            upper.StoreUnsafe(ref o0, (nuint)Vector512<long>.Count);
            return;
        }
        if (count == Lanes && nOut == 2 && output.Length >= 2 * Lanes && accT.Length >= 2 * Lanes && Avx512F.IsSupported)
        {
            Vector512<int> a = Vector512.Create(accT), b = Vector512.Create(accT, Lanes);
            var (first, second) = Vector512.Widen(Avx512F.PermuteVar16x32x2(a, InterleaveLow, b)); // lanes 0..7: a0 b0 a1 b1 ...
            var (third, fourth) = Vector512.Widen(Avx512F.PermuteVar16x32x2(a, InterleaveHigh, b)); // lanes 8..15
            first.StoreUnsafe(ref o0);
            second.StoreUnsafe(ref o0, 8);
            third.StoreUnsafe(ref o0, 16);
            fourth.StoreUnsafe(ref o0, 24);
            return;
        }
        if (count > Lanes || output.Length < count * nOut || accT.Length < nOut * Lanes) throw new ArgumentException("block larger than its buffers");
        ref int a0 = ref MemoryMarshal.GetArrayDataReference(accT);
        for (var j = 0; j < nOut; j++)
        {
            ref int column = ref Unsafe.Add(ref a0, j * Lanes);
            for (var l = 0; l < count; l++) Unsafe.Add(ref o0, l * nOut + j) = Unsafe.Add(ref column, l);
        }
    }

    /// <summary>
    /// One block of 16 samples; returns the number of stores that overflowed. When no store of column j overflows, under
    /// either semantics every step is <c>acc += quantize((x*w) &lt;&lt; productShift)</c> (the accumulator is on
    /// accum_t's grid, so quantizing acc + P equals acc plus quantized P). A column proved in range for the block
    /// (<see cref="Bound"/>) takes that sum alone (<see cref="SumUnchecked"/>); one whose products are proved in range
    /// takes it with each lane's partial sums tracked (<see cref="SumTracked"/>); any other column, or a tracked one
    /// that left accum_t's range, takes the loop that stores and checks every step.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private long Block(int[] xt, long blockMax, int[] bias, int[] accT)
    {
        var thresholds = ReferenceEquals(bias, _thresholdBias);
        if (!thresholds && ++_directBlocks > DirectBlocks)
        {
            SetThresholds(bias);
            thresholds = true;
        }
        var start = _columns.Start;
        long ov = 0;
        for (var j = 0; j < bias.Length; j++)
        {
            int from = start[j], to = start[j + 1], offsetFrom = _columns.OffsetStart(j);
            Vector512<int> acc;
            var bound = thresholds ? Proved(j, blockMax) : Bound(j, blockMax, bias[j]);
            if (bound == Proof.InRange) acc = SumUnchecked(xt, from, to, offsetFrom, bias[j]);
            else if (bound == Proof.TrackSums && SumTracked(xt, from, to, offsetFrom, bias[j], out acc))
            {
                // no store left accum_t's range
            }
            else
            {
                acc = _storesProducts ? SumStored(xt, from, to, offsetFrom, bias[j], out var equal) : SumExact(xt, from, to, offsetFrom, bias[j], out equal);
                ov += (_storesProducts ? 2L : 1L) * Lanes * (to - from) - equal;
            }
            acc.StoreUnsafe(ref accT[j * Lanes]);
        }
        return ov;
    }

    /// <summary>Stores the block's accumulators into the result type in place; returns the overflows of the first <paramref name="count"/> lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private static long StoreResults(IntLaneStore result, int[] accT, int count)
    {
        var valid = count >= Lanes ? 0xFFFFu : (1u << count) - 1;
        long ov = 0;
        ref int a0 = ref MemoryMarshal.GetArrayDataReference(accT);
        for (var e = 0; e + Lanes <= accT.Length; e += Lanes)
        {
            result.Store(Vector512.LoadUnsafe(ref a0, (nuint)e), out var o).StoreUnsafe(ref a0, (nuint)e);
            ov += BitOperations.PopCount((uint)Vector512.ExtractMostSignificantBits(o) & valid);
        }
        return ov;
    }

    /// <summary>
    /// Works out, per column j and its bias, the largest block maximum that <see cref="Bound"/> proves in range and the
    /// largest it proves trackable (-1 when none): both proofs only get harder as the block maximum grows (every bound
    /// in <see cref="Bound"/> is non-decreasing in it), so <c>Bound(m)</c> is InRange for m up to the first threshold,
    /// TrackSums up to the second, None beyond, and each block compares instead of recomputing the bounds in 128-bit
    /// arithmetic. Kept for the bias array it was made for (callers make one per run and never change it).
    /// </summary>
    private void SetThresholds(int[] bias)
    {
        _inRangeMax = new long[bias.Length];
        _trackMax = new long[bias.Length];
        var start = _columns.Start;
        for (var j = 0; j < bias.Length; j++)
        {
            var b = bias[j];
            _inRangeMax[j] = LargestProved(j, b, Proof.InRange);
            _trackMax[j] = LargestProved(j, b, Proof.TrackSums);
        }
        _thresholdBias = bias;
    }

    /// <summary>
    /// The largest block maximum m in [0, 2^31) for which <see cref="Bound"/> of column j proves at least
    /// <paramref name="least"/> (InRange, or TrackSums-or-better), by binary search; -1 when even m = 0 does not.
    /// </summary>
    private long LargestProved(int j, int bias, Proof least)
    {
        if (Bound(j, 0, bias) < least) return -1;
        long lo = 0, hi = (long)int.MaxValue + 1; // proved at lo; hi is past the range (or not proved)
        while (hi - lo > 1)
        {
            var mid = lo + (hi - lo) / 2;
            if (Bound(j, mid, bias) >= least) lo = mid;
            else hi = mid;
        }
        return lo;
    }

    /// <summary>For tests: <see cref="Bound"/> of column j over a block whose largest |input| is <paramref name="blockMax"/>, as the reference and as the thresholds give it.</summary>
    internal (Proof Reference, Proof Thresholds) ProofOf(int j, long blockMax, int[] bias)
    {
        if (!ReferenceEquals(bias, _thresholdBias)) SetThresholds(bias);
        return (Bound(j, blockMax, bias[j]), Proved(j, blockMax));
    }

    /// <summary><see cref="Bound"/> of column j from the thresholds of the current bias.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Proof Proved(int j, long blockMax) => blockMax <= _inRangeMax[j] ? Proof.InRange : blockMax <= _trackMax[j] ? Proof.TrackSums : Proof.None;

    /// <summary>For tests: the thresholds of column j for <paramref name="bias"/> (largest block maximum in range, largest trackable).</summary>
    internal (long InRange, long Track) ThresholdsOf(int j, int[] bias)
    {
        if (!ReferenceEquals(bias, _thresholdBias)) SetThresholds(bias);
        return (_inRangeMax[j], _trackMax[j]);
    }

    /// <summary>What the block's input range proves about column j (see <see cref="Bound"/>).</summary>
    internal enum Proof
    {
        /// <summary>Nothing: every store is checked.</summary>
        None,

        /// <summary>Every stored product is in range and the exact partial sums fit an int: they are tracked, then checked once.</summary>
        TrackSums,

        /// <summary>Every stored product and every partial sum is within accum_t.</summary>
        InRange,
    }

    /// <summary>
    /// Bounds column j over the block: |quantize(P)| &lt;= (|P| &gt;&gt; shift) + 2 with |P| &lt;= max|x| * |w| &lt;&lt;
    /// productShift, so each stored product is at most <c>(max|x| * max|w| &lt;&lt; sp &gt;&gt; s) + 2</c> and every
    /// partial sum at most <c>|bias| + (max|x| * sum|w| &lt;&lt; sp &gt;&gt; s) + 2 nnz + 1</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: 128-bit arithmetic at tier 0 is many times slower
    private Proof Bound(int j, long blockMax, int bias)
    {
        long limit = Math.Min(_hi, -(long)_lo);
        Int128 slack = Math.Abs((long)bias) + 2L * _columns.NonZeros[j] + 1;
        var sums = ((((Int128)blockMax * _columns.AbsSum[j]) << _productShift) >> _shift) + slack;
        if (sums <= limit) return Proof.InRange;
        var product = ((((Int128)blockMax * _columns.AbsMax[j]) << _productShift) >> _shift) + 2;
        return product <= limit && sums < int.MaxValue ? Proof.TrackSums : Proof.None;
    }

    /// <summary>
    /// Column j without wraps, each lane's exact partial sums tracked by their minimum and maximum; true (and the sums)
    /// when all stayed within accum_t, so that no store overflowed and the checked loop would give the same bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private bool SumTracked(int[] xt, int from, int to, int offsetFrom, int bias, out Vector512<int> sum)
    {
        ref int off0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns.Offset), offsetFrom);
        ref int w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns.Weight), from);
        var count = to - from;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        int sp = _productShift, s = _shift, h = _roundShift;
        var acc = Vector512.Create(bias);
        var lo = acc;
        var hi = acc;
        if (_round)
        {
            var one = Vector512<int>.One;
            for (var e = 0; e < count; e++)
            {
                var prod = (Vector512.LoadUnsafe(ref x0, (nuint)Unsafe.Add(ref off0, e)) * Vector512.Create(Unsafe.Add(ref w0, e))) << sp;
                acc += Vector512.ShiftRightArithmetic(prod, s) + (Vector512.ShiftRightArithmetic(prod, h) & one);
                lo = Vector512.Min(lo, acc);
                hi = Vector512.Max(hi, acc);
            }
        }
        else
        {
            for (var e = 0; e < count; e++)
            {
                var prod = (Vector512.LoadUnsafe(ref x0, (nuint)Unsafe.Add(ref off0, e)) * Vector512.Create(Unsafe.Add(ref w0, e))) << sp;
                acc += Vector512.ShiftRightArithmetic(prod, s);
                lo = Vector512.Min(lo, acc);
                hi = Vector512.Max(hi, acc);
            }
        }
        sum = acc;
        return !Vector512.LessThanAny(lo, Vector512.Create(_lo)) && !Vector512.GreaterThanAny(hi, Vector512.Create(_hi));
    }

    /// <summary>Column j with no store out of range: acc += quantize((x*w) &lt;&lt; productShift), no wrap and no check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private Vector512<int> SumUnchecked(int[] xt, int from, int to, int offsetFrom, int bias)
    {
        ref int off0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns.Offset), offsetFrom);
        ref int w0 = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_columns.Weight), from);
        var count = to - from;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        int sp = _productShift, s = _shift, h = _roundShift;
        var acc = Vector512.Create(bias);
        if (_round)
        {
            var one = Vector512<int>.One;
            for (var e = 0; e < count; e++)
            {
                var prod = (Vector512.LoadUnsafe(ref x0, (nuint)Unsafe.Add(ref off0, e)) * Vector512.Create(Unsafe.Add(ref w0, e))) << sp;
                acc += Vector512.ShiftRightArithmetic(prod, s) + (Vector512.ShiftRightArithmetic(prod, h) & one);
            }
            return acc;
        }
        for (var e = 0; e < count; e++)
        {
            var prod = (Vector512.LoadUnsafe(ref x0, (nuint)Unsafe.Add(ref off0, e)) * Vector512.Create(Unsafe.Add(ref w0, e))) << sp;
            acc += Vector512.ShiftRightArithmetic(prod, s);
        }
        return acc;
    }

    /// <summary>Column j under hls4ml semantics, every store checked; <paramref name="equal"/> counts the (lane, store) pairs in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private Vector512<int> SumStored(int[] xt, int from, int to, int offsetFrom, int bias, out long equal)
    {
        var offset = _columns.Offset.AsSpan(offsetFrom, to - from);
        var weight = _columns.Weight.AsSpan(from, to - from);
        int sp = _productShift, s = _shift, h = _roundShift, k = _wrapShift;
        bool round = _round, sat = _saturates, signed = _signed;
        var vlo = Vector512.Create(_lo);
        var vhi = Vector512.Create(_hi);
        var vmask = Vector512.Create(_mask);
        var one = Vector512<int>.One;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        var acc = Vector512.Create(bias);
        var eq = Vector512<int>.Zero;
        for (var e = 0; e < weight.Length; e++)
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
        equal = -(long)Vector512.Sum(eq); // each equal lane added -1
        return acc;
    }

    /// <summary>Column j under exact semantics, every store checked; <paramref name="equal"/> counts the (lane, store) pairs in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private Vector512<int> SumExact(int[] xt, int from, int to, int offsetFrom, int bias, out long equal)
    {
        var offset = _columns.Offset.AsSpan(offsetFrom, to - from);
        var weight = _columns.Weight.AsSpan(from, to - from);
        int sp = _productShift, sa = _accShift, s = _shift, h = _roundShift, k = _wrapShift;
        bool round = _round, sat = _saturates, signed = _signed;
        var vlo = Vector512.Create(_lo);
        var vhi = Vector512.Create(_hi);
        var vmask = Vector512.Create(_mask);
        var one = Vector512<int>.One;
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        var acc = Vector512.Create(bias);
        var eq = Vector512<int>.Zero;
        for (var e = 0; e < weight.Length; e++)
        {
            var total = (acc << sa) + ((Vector512.LoadUnsafe(ref x0, (nuint)offset[e]) * Vector512.Create(weight[e])) << sp);
            var q = Vector512.ShiftRightArithmetic(total, s);
            if (round) q += Vector512.ShiftRightArithmetic(total, h) & one;
            acc = Fit(q, sat, signed, k, vlo, vhi, vmask);
            eq += Vector512.Equals(acc, q);
        }
        equal = -(long)Vector512.Sum(eq);
        return acc;
    }

    /// <summary>AP_SAT (clamp) or AP_WRAP with N=0 (the low W bits, sign-extended for a signed type).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Fit(Vector512<int> q, bool sat, bool signed, int wrapShift, Vector512<int> lo, Vector512<int> hi, Vector512<int> mask)
    {
        if (sat) return Vector512.Min(Vector512.Max(q, lo), hi);
        return signed ? Vector512.ShiftRightArithmetic(q << wrapShift, wrapShift) : q & mask;
    }
}
