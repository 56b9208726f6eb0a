using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// <see cref="SampleLaneDense"/>'s input transpose for a full block of 16 rows with AVX-512: rows of long codes
/// ([16, nIn], each code fitting an int) into <c>xt[i * 16 + l]</c>, eight inputs at a time (16 row loads narrowed to
/// ints, then an 8x8 transpose in each 256-bit half: 32-bit and 64-bit unpacks, and a two-source qword permute that
/// pairs the 128-bit lanes), the remaining inputs element by element. On the way it takes the block's largest |code|
/// and counts, per input, the rows where it is non-zero times that input's non-zero weights.
/// </summary>
internal static class RowTranspose
{
    /// <summary>Qword indices pairing 128-bit lane 0 of two vectors, then lane 2 (within each 256-bit half).</summary>
    private static readonly Vector512<long> EvenLanes = Vector512.Create(0L, 1, 8, 9, 4, 5, 12, 13);

    /// <summary>Qword indices pairing 128-bit lane 1 of two vectors, then lane 3.</summary>
    private static readonly Vector512<long> OddLanes = Vector512.Create(2L, 3, 10, 11, 6, 7, 14, 15);

    /// <summary>
    /// Transposes <paramref name="rows"/> ([16, nIn]) into <paramref name="xt"/> ([nIn, 16]); <paramref name="max"/> is the
    /// largest |code|. Returns the sum over inputs i of (rows with a non-zero input i) * <paramref name="rowNonZeros"/>[i].
    /// Needs <see cref="Avx512F.IsSupported"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    public static long Block(ReadOnlySpan<long> rows, int nIn, ReadOnlySpan<int> rowNonZeros, int[] xt, out long max)
    {
        const int lanes = SampleLaneDense.Lanes;
        if (rows.Length < lanes * nIn || xt.Length < lanes * nIn || rowNonZeros.Length < nIn) throw new ArgumentException("block too small");
        ref long x0 = ref MemoryMarshal.GetReference(rows);
        ref int t0 = ref MemoryMarshal.GetArrayDataReference(xt);
        var vmax = Vector512<int>.Zero;
        long macs = 0;
        var i = 0;
        for (; i <= nIn - 8; i += 8)
        {
            // z[r] holds inputs i..i+7 of row r (lanes 0-7) and of row r+8 (lanes 8-15).
            var z0 = Pair(ref x0, nIn, i, 0);
            var z1 = Pair(ref x0, nIn, i, 1);
            var z2 = Pair(ref x0, nIn, i, 2);
            var z3 = Pair(ref x0, nIn, i, 3);
            var z4 = Pair(ref x0, nIn, i, 4);
            var z5 = Pair(ref x0, nIn, i, 5);
            var z6 = Pair(ref x0, nIn, i, 6);
            var z7 = Pair(ref x0, nIn, i, 7);
            // Within each 128-bit lane: rows (0,1), (2,3), ... interleaved by 32 bits, then rows 0-3 and 4-7 by 64 bits.
            var a0 = Avx512F.UnpackLow(z0, z1).AsInt64();
            var a1 = Avx512F.UnpackHigh(z0, z1).AsInt64();
            var a2 = Avx512F.UnpackLow(z2, z3).AsInt64();
            var a3 = Avx512F.UnpackHigh(z2, z3).AsInt64();
            var a4 = Avx512F.UnpackLow(z4, z5).AsInt64();
            var a5 = Avx512F.UnpackHigh(z4, z5).AsInt64();
            var a6 = Avx512F.UnpackLow(z6, z7).AsInt64();
            var a7 = Avx512F.UnpackHigh(z6, z7).AsInt64();
            // b0: inputs 0 and 4 of rows 0-3 (128-bit lanes 0, 1) and of rows 8-11 (lanes 2, 3); b4 the same for rows 4-7 and 12-15.
            var b0 = Avx512F.UnpackLow(a0, a2);
            var b1 = Avx512F.UnpackHigh(a0, a2);
            var b2 = Avx512F.UnpackLow(a1, a3);
            var b3 = Avx512F.UnpackHigh(a1, a3);
            var b4 = Avx512F.UnpackLow(a4, a6);
            var b5 = Avx512F.UnpackHigh(a4, a6);
            var b6 = Avx512F.UnpackLow(a5, a7);
            var b7 = Avx512F.UnpackHigh(a5, a7);
            macs += Column(ref t0, i + 0, Avx512F.PermuteVar8x64x2(b0, EvenLanes, b4).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 1, Avx512F.PermuteVar8x64x2(b1, EvenLanes, b5).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 2, Avx512F.PermuteVar8x64x2(b2, EvenLanes, b6).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 3, Avx512F.PermuteVar8x64x2(b3, EvenLanes, b7).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 4, Avx512F.PermuteVar8x64x2(b0, OddLanes, b4).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 5, Avx512F.PermuteVar8x64x2(b1, OddLanes, b5).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 6, Avx512F.PermuteVar8x64x2(b2, OddLanes, b6).AsInt32(), rowNonZeros, ref vmax);
            macs += Column(ref t0, i + 7, Avx512F.PermuteVar8x64x2(b3, OddLanes, b7).AsInt32(), rowNonZeros, ref vmax);
        }
        for (; i < nIn; i++)
        {
            var v = Vector512.Create(
                (int)rows[i], (int)rows[nIn + i], (int)rows[2 * nIn + i], (int)rows[3 * nIn + i],
                (int)rows[4 * nIn + i], (int)rows[5 * nIn + i], (int)rows[6 * nIn + i], (int)rows[7 * nIn + i],
                (int)rows[8 * nIn + i], (int)rows[9 * nIn + i], (int)rows[10 * nIn + i], (int)rows[11 * nIn + i],
                (int)rows[12 * nIn + i], (int)rows[13 * nIn + i], (int)rows[14 * nIn + i], (int)rows[15 * nIn + i]);
            macs += Column(ref t0, i, v, rowNonZeros, ref vmax);
        }
        var half = Vector256.Max(vmax.GetLower(), vmax.GetUpper());
        var quarter = Vector128.Max(half.GetLower(), half.GetUpper());
        max = Math.Max(Math.Max(quarter[0], quarter[1]), Math.Max(quarter[2], quarter[3]));
        return macs;
    }

    /// <summary>Inputs i..i+7 of rows r and r+8, narrowed to ints, in one vector.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<int> Pair(ref long x0, int nIn, int i, int r)
    {
        var low = Avx512F.ConvertToVector256Int32(Vector512.LoadUnsafe(ref x0, (nuint)(r * nIn + i)));
        var high = Avx512F.ConvertToVector256Int32(Vector512.LoadUnsafe(ref x0, (nuint)((r + 8) * nIn + i)));
        return Vector512.Create(low, high);
    }

    /// <summary>Stores input i's 16 lanes; returns its non-zero lanes times its non-zero weights.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Column(ref int t0, int i, Vector512<int> v, ReadOnlySpan<int> rowNonZeros, ref Vector512<int> vmax)
    {
        v.StoreUnsafe(ref t0, (nuint)(i * SampleLaneDense.Lanes));
        vmax = Vector512.Max(vmax, Vector512.Abs(v));
        var zeros = BitOperations.PopCount((uint)Vector512.ExtractMostSignificantBits(Vector512.Equals(v, Vector512<int>.Zero)));
        return (long)(SampleLaneDense.Lanes - zeros) * rowNonZeros[i];
    }
}
