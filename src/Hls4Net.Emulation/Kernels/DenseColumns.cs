using System.Runtime.CompilerServices;
using Hls4Net.Core.Ir;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A Dense layer's weights regrouped by output column, in input order, as 32-bit codes (for
/// <see cref="SampleLaneDense"/>): column j holds the pairs (i, w[i*nOut+j]) for k in <c>[Start[j], Start[j+1])</c>,
/// i stored pre-multiplied by the lane count. A layer with many zero weights (more than one in
/// <see cref="SharedOffsetsBelowZeroShare"/>, e.g. a pruned one) keeps only the non-zero weights, each with its own input
/// offset; any other keeps every weight, zeros included (a zero weight adds an exact zero, as a zero input does), and
/// all its columns read one shared list of input offsets (<see cref="SharedOffsets"/>): 4 bytes per weight instead of
/// 8. Built once per <see cref="DensePlan"/> and kept beside it (<see cref="For"/>); empty, with <see cref="Fits"/> false,
/// when a weight code does not fit an int.
/// </summary>
internal sealed class DenseColumns
{
    private static readonly ConditionalWeakTable<DensePlan, DenseColumns> Cache = new();

    /// <summary>Layers with at most one zero weight in this many share one list of input offsets (<see cref="SharedOffsets"/>).</summary>
    public const int SharedOffsetsBelowZeroShare = 16;

    private DenseColumns(int[] start, int[] offset, int[] weight, int[] nonZeros, bool sharedOffsets, long maxAbsWeight, bool fits)
    {
        Fits = fits;
        NonZeros = nonZeros;
        SharedOffsets = sharedOffsets;
        AbsSum = new long[Math.Max(0, start.Length - 1)];
        AbsMax = new long[AbsSum.Length];
        for (var j = 0; j < AbsSum.Length; j++)
        {
            for (var e = start[j]; e < start[j + 1]; e++)
            {
                AbsSum[j] += Math.Abs((long)weight[e]);
                AbsMax[j] = Math.Max(AbsMax[j], Math.Abs((long)weight[e]));
            }
        }
        Start = start;
        Offset = offset;
        Weight = weight;
        MaxAbsWeight = maxAbsWeight;
    }

    /// <summary>True when every weight code fits an int (otherwise the arrays are empty).</summary>
    public bool Fits { get; }

    /// <summary>Per output j, the first entry of column j (nOut + 1 values).</summary>
    public int[] Start { get; }

    /// <summary>
    /// Per entry, the input index times the lane count (the offset of that input's lanes in the transposed block); the
    /// offsets of column j start at <see cref="OffsetStart"/>(j).
    /// </summary>
    public int[] Offset { get; }

    /// <summary>True when every column holds all nIn weights and reads the one list of nIn offsets in <see cref="Offset"/>.</summary>
    public bool SharedOffsets { get; }

    /// <summary>Per output j, the number of non-zero weights in column j.</summary>
    public int[] NonZeros { get; }

    /// <summary>Where the offsets of column j's entries start in <see cref="Offset"/>.</summary>
    public int OffsetStart(int j) => SharedOffsets ? 0 : Start[j];

    /// <summary>Per entry, the weight's raw code.</summary>
    public int[] Weight { get; }

    /// <summary>Per output j, the sum of |w| over column j.</summary>
    public long[] AbsSum { get; }

    /// <summary>Per output j, the largest |w| in column j.</summary>
    public long[] AbsMax { get; }

    /// <summary>The largest |w| over all weights.</summary>
    public long MaxAbsWeight { get; }

    /// <summary>The columns of <paramref name="plan"/> for <paramref name="lanes"/> lanes, built on first use.</summary>
    public static DenseColumns For(DensePlan plan, int lanes) => Cache.GetValue(plan, p => Build(p, lanes));

    private static DenseColumns Build(DensePlan plan, int lanes)
    {
        // Code by code (plan.WeightCode), so that the plan's 64-bit codes are not made for the columns' sake. Every code
        // lies in its type's range, so a type whose range fits an int needs no check; a wider one is checked first.
        var length = plan.WeightCount;
        int nOut = plan.Op.OutputSize, nIn = nOut == 0 ? 0 : length / nOut;
        if (plan.Weight.MinRawInt64 < int.MinValue + 1 || plan.Weight.MaxRawInt64 > int.MaxValue)
        {
            for (var e = 0; e < length; e++)
            {
                if (plan.WeightCode(e) is < int.MinValue + 1 or > int.MaxValue) return new DenseColumns([], [], [], [], false, 0, false);
            }
        }
        var shared = (long)plan.ZeroWeights * SharedOffsetsBelowZeroShare <= length;
        var count = shared ? length : length - plan.ZeroWeights;
        var start = new int[nOut + 1];
        var nonZeros = new int[nOut];
        var offset = ConstantArrays.Allocate<int>(shared ? nIn : count); // kept as long as the plan
        var weight = ConstantArrays.Allocate<int>(count);
        if (shared)
        {
            for (var i = 0; i < nIn; i++) offset[i] = checked(i * lanes);
        }
        long maxAbs = 0;
        var k = 0;
        for (var j = 0; j < nOut; j++)
        {
            start[j] = k;
            for (var i = 0; i < nIn; i++)
            {
                var v = plan.WeightCode(i * nOut + j);
                if (v != 0) nonZeros[j]++;
                else if (!shared) continue;
                if (!shared) offset[k] = checked(i * lanes);
                weight[k++] = (int)v;
                maxAbs = Math.Max(maxAbs, Math.Abs(v));
            }
        }
        start[nOut] = k;
        return new DenseColumns(start, offset, weight, nonZeros, shared, maxAbs, true);
    }
}
