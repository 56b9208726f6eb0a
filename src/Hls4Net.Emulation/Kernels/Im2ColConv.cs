using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A Conv1D/Conv2D (or DepthwiseConv1D/2D) as a Dense layer on im2col rows, run by <see cref="SampleLaneDense"/> with one
/// lane per (sample, output pixel). Row (s, oh, ow) holds the window's K = KH*KW*InC inputs in (kh, kw, ci) order, a
/// padding tap as 0; the weights w[((kh*KW+kw)*InC+ci)*OutC+co] are already a [K, OutC] Dense matrix (depthwise:
/// column co = c*mult+m holds w[((kh*KW+kw)*InC+c)*mult+m] in row (kh, kw, c) and zeros elsewhere). Same bits and
/// overflows as <see cref="FixedConvArithmetic"/> on <c>ConvLoop</c>: for each output the lane engine takes the taps in
/// the same (kh, kw, ci) order with the same stores (<see cref="MacUnit"/>'s shifts, both semantics), and a tap it skips
/// (zero weight, zero input, padding) has a zero product, whose stores (0 into accum_t; acc + 0, acc already in
/// accum_t, into accum_t) change no bit and never overflow. Only the store count differs (the conv loop counts every
/// real tap, the lane engine only the non-zero ones), so it is counted here from the geometry. Each block of
/// 16 rows is read from the input straight into the lane engine's transposed layout (<see cref="SampleLaneDense.AccumulateBlock"/>). Taken only when the lane engine accepts the layer; otherwise null and the caller runs the conv loop.
/// </summary>
internal sealed class Im2ColConv
{
    /// <summary>Largest gather table (output pixels times K) built per plan; larger layers keep the conv loop.</summary>
    private const long MaxGather = 1 << 24;

    private static readonly ConditionalWeakTable<ConvPlan, Im2ColLayout> Layouts = new();

    private readonly ConvPlan _plan;
    private readonly SampleLaneDense _lanes;
    private readonly Im2ColLayout _layout;
    private readonly long _storesPerSample;

    private Im2ColConv(ConvPlan plan, SampleLaneDense lanes, Im2ColLayout layout, bool storesProducts)
    {
        _plan = plan;
        _lanes = lanes;
        _layout = layout;
        var g = plan.Geometry;
        // Per output: the bias store, one (exact) or two (hls4ml) stores per real tap and input channel (depthwise: per real tap), the result store.
        _storesPerSample = (long)g.OutC * (2L * g.OutH * g.OutW + (storesProducts ? 2L : 1L) * layout.RealTaps * (plan.Depthwise ? 1 : g.InC));
        K = g.KernelH * g.KernelW * g.InC;
    }

    /// <summary>Inputs per im2col row (KH*KW*InC).</summary>
    public int K { get; }

    /// <summary>How each block of rows is filled: from the plane, through the per-block table, or row by row.</summary>
    public Im2ColFill Fill => _layout.Plane is not null ? Im2ColFill.Plane : _layout.BlockGather is not null ? Im2ColFill.BlockTable : Im2ColFill.PerRow;

    /// <summary>
    /// The engine for <paramref name="node"/> with input type <paramref name="tx"/>, or null when the batch fills less than half a block of rows, the gather table would pass <see cref="MaxGather"/> entries, or the
    /// lane engine refuses the types (then the conv loop runs).
    /// </summary>
    public static Im2ColConv? TryCreate(Node node, ConvPlan plan, FixedType tx, int batch, bool storesProducts)
    {
        var g = plan.Geometry;
        if ((long)batch * g.OutH * g.OutW < SampleLaneDense.Lanes / 2) return null;
        if ((long)g.OutH * g.OutW * g.KernelH * g.KernelW * g.InC > MaxGather) return null;
        var product = FixedType.MulResult(tx, plan.Weight);
        var sum = FixedType.AddResult(plan.Accum, product);
        if (sum.Width > 63 || !plan.Accum.FitsInt64) return null;
        var layout = Layouts.GetValue(plan, p => new Im2ColLayout(p, Proxy(node, p)));
        if (layout.Dense is not { } dense) return null;
        var store = new AccumulatorStore(plan.Accum, sum.FracBits);
        var lanes = SampleLaneDense.TryCreate(dense, tx, store, sum.FracBits - plan.Accum.FracBits, sum.FracBits - product.FracBits, storesProducts);
        return lanes is null ? null : new Im2ColConv(plan, lanes, layout, storesProducts);
    }

    /// <summary>
    /// Runs <paramref name="batch"/> samples of <paramref name="x"/> (batch-major) into <paramref name="output"/>, each stored
    /// through <paramref name="result"/>; adds every store and overflow of the conv loop (bias, taps, result) to the counts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    public void Run(long[] x, int batch, AccumulatorStore result, long[] output, ref long stores, ref long overflows)
    {
        var g = _plan.Geometry;
        int pixels = g.OutH * g.OutW, k = K;
        var biasAcc = new long[g.OutC];
        long biasOverflows = 0;
        for (var co = 0; co < g.OutC; co++)
        {
            biasAcc[co] = FixedMath.Convert(_plan.BiasRaw[co], _plan.Bias, _plan.Accum, out var o);
            if (o) biasOverflows++;
        }
        long rows = (long)batch * pixels;
        // Each block of 16 rows goes straight from the input into the lane engine's transposed layout:
        // xt[e * Lanes + l] is tap e of row l, read through the gather table (a padding tap reads the trailing zero).
        var xt = new int[k * SampleLaneDense.Lanes];
        var accT = new int[g.OutC * SampleLaneDense.Lanes];
        var biasInt = new int[g.OutC];
        for (var co = 0; co < g.OutC; co++) biasInt[co] = (int)biasAcc[co];
        var resultLanes = IntLaneStore.TryCreate(result);
        var padded = new int[g.InputSize + 1]; // one sample and a trailing zero, the source of every padding tap
        var gather = _layout.Gather;
        var sample = -1;
        if (_layout.Plane is { } plane)
        {
            // Each tap of a block is a few whole-vector loads from the zero-bordered sample (Im2ColPlane).
            var buffer = new int[plane.Length];
            int blocksPerSample = pixels / SampleLaneDense.Lanes;
            for (long r0 = 0, s = 0, b = 0; r0 < rows; r0 += SampleLaneDense.Lanes, b++)
            {
                if (b == blocksPerSample)
                {
                    b = 0;
                    s++;
                }
                if (b == 0) CopyRows(plane, x.AsSpan((int)(s * g.InputSize), g.InputSize), buffer);
                var blockMax = FillFromPlane(plane, buffer, (int)b, xt);
                overflows += _lanes.AccumulateBlock(xt, SampleLaneDense.Lanes, blockMax, biasInt, accT, resultLanes, result, output.AsSpan((int)(r0 * g.OutC), SampleLaneDense.Lanes * g.OutC));
            }
            stores += batch * _storesPerSample;
            overflows += rows * biasOverflows;
            return;
        }
        if (_layout.BlockGather is { } blockGather)
        {
            // Blocks never straddle two samples and block b of every sample reads the same taps: one linear loop per block.
            int blockSize = k * SampleLaneDense.Lanes;
            for (long r0 = 0; r0 < rows; r0 += SampleLaneDense.Lanes)
            {
                int s = (int)(r0 / pixels), b = (int)(r0 % pixels) / SampleLaneDense.Lanes;
                if (s != sample)
                {
                    var src = x.AsSpan(s * g.InputSize, g.InputSize);
                    for (var i = 0; i < src.Length; i++) padded[i] = (int)src[i];
                    sample = s;
                }
                var map = blockGather.AsSpan(b * blockSize, blockSize);
                for (var i = 0; i < map.Length; i++) xt[i] = padded[map[i]];
                overflows += _lanes.AccumulateBlock(xt, SampleLaneDense.Lanes, BlockMax(xt), biasInt, accT, resultLanes, result, output.AsSpan((int)(r0 * g.OutC), SampleLaneDense.Lanes * g.OutC));
            }
            stores += batch * _storesPerSample;
            overflows += rows * biasOverflows;
            return;
        }
        for (long r0 = 0; r0 < rows; r0 += SampleLaneDense.Lanes)
        {
            int count = (int)Math.Min(SampleLaneDense.Lanes, rows - r0);
            if (count < SampleLaneDense.Lanes) Array.Clear(xt);
            int s = (int)(r0 / pixels), p = (int)(r0 % pixels); // row r0 + l is pixel p of sample s, stepped without a division per row
            for (var l = 0; l < count; l++, p++)
            {
                if (p == pixels)
                {
                    p = 0;
                    s++;
                }
                if (s != sample)
                {
                    var src = x.AsSpan(s * g.InputSize, g.InputSize);
                    for (var i = 0; i < src.Length; i++) padded[i] = (int)src[i]; // input codes fit an int (the lane engine checked tx)
                    sample = s;
                }
                var map = gather.AsSpan(p * k, k);
                for (var e = 0; e < map.Length; e++) xt[e * SampleLaneDense.Lanes + l] = padded[map[e]];
            }
            overflows += _lanes.AccumulateBlock(xt, count, BlockMax(xt), biasInt, accT, resultLanes, result, output.AsSpan((int)(r0 * g.OutC), count * g.OutC));
        }
        stores += batch * _storesPerSample;
        overflows += rows * biasOverflows;
    }

    /// <summary>The largest |code| in a transposed block (unused lanes are zero).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private static long BlockMax(int[] xt)
    {
        var max = Vector512<int>.Zero;
        for (var i = 0; i < xt.Length; i += SampleLaneDense.Lanes) max = Vector512.Max(max, Vector512.Abs(Vector512.Create(xt, i)));
        return LargestLane(max);
    }

    /// <summary>The largest lane of <paramref name="max"/>.</summary>
    private static long LargestLane(Vector512<int> max)
    {
        var half = Vector256.Max(max.GetLower(), max.GetUpper());
        var quarter = Vector128.Max(half.GetLower(), half.GetUpper());
        return Math.Max(Math.Max(quarter[0], quarter[1]), Math.Max(quarter[2], quarter[3]));
    }

    /// <summary>Copies one sample's rows (codes that fit an int, checked by the lane engine) into the plane's interior.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private static void CopyRows(Im2ColPlane plane, ReadOnlySpan<long> sample, int[] buffer)
    {
        int n = plane.RowLength;
        var targets = plane.RowTarget;
        for (var ih = 0; ih < targets.Length; ih++)
        {
            var src = sample.Slice(ih * n, n);
            var dst = buffer.AsSpan(targets[ih], n);
            var i = 0;
            for (; i <= n - 16; i += 16) Vector512.Narrow(Vector512.Create(src.Slice(i, 8)), Vector512.Create(src.Slice(i + 8, 8))).CopyTo(dst.Slice(i));
            if (Avx512F.IsSupported)
            {
                for (; i <= n - 8; i += 8) Avx512F.ConvertToVector256Int32(Vector512.Create(src.Slice(i, 8))).CopyTo(dst.Slice(i));
            }
            for (; i < n; i++) dst[i] = (int)src[i];
        }
    }

    /// <summary>
    /// Block <paramref name="block"/> of the sample in <paramref name="buffer"/> into <paramref name="xt"/>: per tap, one load
    /// per segment, each blended in under its lane mask; returns the block's largest |code|.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // tiered JIT: straight to optimized code (vector loops at tier 0 are many times slower)
    private static long FillFromPlane(Im2ColPlane plane, int[] buffer, int block, int[] xt)
    {
        var offsets = plane.TapOffset;
        var starts = plane.SegmentStart;
        int first = plane.BlockSegments[block], end = plane.BlockSegments[block + 1];
        ref int p0 = ref MemoryMarshal.GetArrayDataReference(buffer);
        ref int m0 = ref MemoryMarshal.GetArrayDataReference(plane.SegmentMask);
        var max = Vector512<int>.Zero;
        // Every load stays inside buffer: Start + lane + offset is within the guards around the plane (Im2ColPlane).
        int start0 = starts[first];
        ref int x0 = ref MemoryMarshal.GetArrayDataReference(xt);
        if (end - first <= 2 && xt.Length >= offsets.Length * SampleLaneDense.Lanes)
        {
            // One or two runs per block (output rows of 16 or more, or of 8): the second run's start and mask stay in registers.
            bool two = end - first == 2;
            int start1 = two ? starts[first + 1] : start0;
            var mask1 = two ? Vector512.LoadUnsafe(ref m0, (nuint)((first + 1) * SampleLaneDense.Lanes)) : Vector512<int>.Zero;
            for (var e = 0; e < offsets.Length; e++)
            {
                var off = offsets[e];
                var v = Vector512.ConditionalSelect(mask1, Vector512.LoadUnsafe(ref p0, (nuint)(start1 + off)), Vector512.LoadUnsafe(ref p0, (nuint)(start0 + off)));
                v.StoreUnsafe(ref x0, (nuint)(e * SampleLaneDense.Lanes));
                max = Vector512.Max(max, Vector512.Abs(v));
            }
            return LargestLane(max);
        }
        for (var e = 0; e < offsets.Length; e++)
        {
            var off = offsets[e];
            var v = Vector512.LoadUnsafe(ref p0, (nuint)(start0 + off));
            for (var t = first + 1; t < end; t++)
            {
                v = Vector512.ConditionalSelect(Vector512.LoadUnsafe(ref m0, (nuint)(t * SampleLaneDense.Lanes)), Vector512.LoadUnsafe(ref p0, (nuint)(starts[t] + off)), v);
            }
            v.CopyTo(xt, e * SampleLaneDense.Lanes);
            max = Vector512.Max(max, Vector512.Abs(v));
        }
        return LargestLane(max);
    }

    /// <summary>
    /// The conv's weights and bias as a Dense layer [K, OutC] with the same types, quantized by <see cref="DensePlan.Create"/>;
    /// null unless its codes equal the conv plan's (they come from the same floats and types, checked anyway).
    /// </summary>
    private static DensePlan? Proxy(Node node, ConvPlan plan)
    {
        if (node.Op is not IWeightedOp op) return null;
        var g = plan.Geometry;
        int k = g.KernelH * g.KernelW * g.InC;
        if (op.Bias.Size != g.OutC) return null;
        // Depthwise (co = c*mult+m): output co reads input channel c only, so its column holds w[(t*InC+c)*mult+m] and zeros.
        var mult = plan.Depthwise ? g.DepthMultiplier : 1;
        if ((long)op.Weights.Size * (plan.Depthwise ? g.InC : 1) != (long)k * g.OutC || (plan.Depthwise && g.InC * mult != g.OutC)) return null;
        var floats = plan.Depthwise ? new float[k * g.OutC] : op.Weights.Data;
        var codes = plan.Depthwise ? new long[k * g.OutC] : plan.WeightRaw;
        if (plan.Depthwise)
        {
            for (var row = 0; row < k; row++)
            {
                int c = row % g.InC;
                for (var m = 0; m < mult; m++)
                {
                    floats[row * g.OutC + c * mult + m] = op.Weights.Data[row * mult + m];
                    codes[row * g.OutC + c * mult + m] = plan.WeightRaw[row * mult + m];
                }
            }
        }
        var dense = new DenseOp(new ConstTensor(new Shape(k, g.OutC), floats), new ConstTensor(new Shape(g.OutC), op.Bias.Data));
        var proxy = new Node(node.Name, dense, [new Value("x", new Shape(k))], new Value("y", new Shape(g.OutC)))
        {
            Precision = new LayerPrecision(Weight: plan.Weight, Bias: plan.Bias, Accum: plan.Accum),
        };
        var p = DensePlan.Create(proxy);
        return p.WeightRaw.AsSpan().SequenceEqual(codes) && p.BiasRaw.AsSpan().SequenceEqual(plan.BiasRaw) ? p : null;
    }
}
