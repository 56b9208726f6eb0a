using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Lowering;
using Hls4Net.Lowering.Plans;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// A tree ensemble exactly as <c>nnet::tree_ensemble</c> (nnet_tree_ensemble.h) computes it: every tree walks
/// <see cref="TreeEnsemblePlan.Depth"/> steps from its root, each step comparing the feature (input type) with the
/// node's threshold (threshold type) exactly; then per column the leaf scores (score type) of its trees are added by
/// a balanced adder tree (a range of n scores: the first n/2 and the other n - n/2 summed recursively, each sum stored
/// into score_t), the base value is added (stored into score_t) and the total is stored into the result type.
/// </summary>
public sealed class TreeEnsembleKernel : Kernel<TreeEnsembleOp>
{
    private readonly PlanCache _plans = new();

    /// <inheritdoc />
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override FixedTensor Run(Node node, TreeEnsembleOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var g = _plans.Get(node, input.Type, TreeEnsembleProgram.Create);
        var p = g.Plan;
        var score = new ScoreAdder(p.ScoreType);
        int batch = input.Batch, features = p.Features, columns = p.Columns, k = p.TreesPerColumn, shift = g.FeatureShift;
        var x = input.Raw;
        var output = new long[batch * columns];
        var xs = new long[Math.Max(1, features)];
        var xc = new int[Math.Max(1, features)];
        var slot = new int[p.Trees];
        var total = new long[columns];
        var sums = new long[k];
        var fs = p.ScoreType.FracBits;
        var sameType = p.ScoreType == p.ResultType;
        long min = p.ScoreType.MinRawInt64, max = p.ScoreType.MaxRawInt64, overflows = 0;
        for (var b = 0; b < batch; b++)
        {
            for (var f = 0; f < features; f++) xs[f] = x[b * features + f] << shift;
            if (g.AllSafe && g.Complete is { Compact: true } compact && g.OnePerTree)
            {
                for (var f = 0; f < features; f++) xc[f] = (int)xs[f];
                FusedOnePerTree(g, compact, xc, total);
            }
            else if (g.AllSafe && g.Complete is { } walk) Fused(g, walk, xs, total);
            else Columns(g, score, xs, slot, sums, total);
            for (var c = 0; c < columns; c++)
            {
                // total[c] is a score_t code; into an equal result type it is stored unchanged.
                var t = total[c];
                if (sameType && t >= min && t <= max)
                {
                    output[b * columns + c] = t;
                    continue;
                }
                output[b * columns + c] = FixedMath.Convert(t, fs, p.ResultType, out var o);
                if (o) overflows++;
            }
        }
        overflow.Add((long)batch * columns * (k + 1), overflows + score.Overflows);
        return new FixedTensor(p.ResultType, node.Output.Shape, batch, output);
    }

    /// <summary>
    /// Every column safe and the trees laid out completely: each tree's walk adds its leaf's scores straight into the
    /// column totals (no partial sum can overflow, so plain integer addition in any order gives the adder tree's bits).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Fused(TreeEnsembleProgram g, CompleteWalk walk, long[] xs, long[] total)
    {
        Array.Copy(g.Plan.BaseRaw, total, total.Length);
        ref var x = ref MemoryMarshal.GetArrayDataReference(xs);
        ref var acc = ref MemoryMarshal.GetArrayDataReference(total);
        ref var start = ref MemoryMarshal.GetArrayDataReference(g.ContributionStart);
        ref var column = ref MemoryMarshal.GetArrayDataReference(g.ContributionColumn);
        ref var value = ref MemoryMarshal.GetArrayDataReference(g.ContributionValue);
        var slots = g.Slots;
        for (var t = 0; t < walk.Trees; t++)
        {
            var s = walk.Walk(ref x, t);
            // Contribution indices and columns were checked in range when the program was made.
            for (int i = Unsafe.Add(ref start, t), end = Unsafe.Add(ref start, t + 1); i < end; i++)
            {
                Unsafe.Add(ref acc, Unsafe.Add(ref column, i)) += Unsafe.Add(ref value, i * slots + s);
            }
        }
    }

    /// <summary>
    /// As <see cref="Fused"/> for compact codes when every tree adds to one column (boosting): four trees per step
    /// (their walks interleaved), then two, then one.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FusedOnePerTree(TreeEnsembleProgram g, CompleteWalk walk, int[] xs, long[] total)
    {
        Array.Copy(g.Plan.BaseRaw, total, total.Length);
        ref var x = ref MemoryMarshal.GetArrayDataReference(xs);
        ref var acc = ref MemoryMarshal.GetArrayDataReference(total);
        ref var column = ref MemoryMarshal.GetArrayDataReference(g.ContributionColumn);
        ref var value = ref MemoryMarshal.GetArrayDataReference(g.ContributionValue);
        int slots = g.Slots, trees = walk.Trees, t = 0;
        // Columns and leaf slots were checked in range when the program was made.
        for (; t + 3 < trees; t += 4)
        {
            walk.Walk4(ref x, t, out var a, out var b, out var c, out var d);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t)) += Unsafe.Add(ref value, t * slots + a);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t + 1)) += Unsafe.Add(ref value, (t + 1) * slots + b);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t + 2)) += Unsafe.Add(ref value, (t + 2) * slots + c);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t + 3)) += Unsafe.Add(ref value, (t + 3) * slots + d);
        }
        for (; t + 1 < trees; t += 2)
        {
            walk.Walk2(ref x, t, out var a, out var b);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t)) += Unsafe.Add(ref value, t * slots + a);
            Unsafe.Add(ref acc, Unsafe.Add(ref column, t + 1)) += Unsafe.Add(ref value, (t + 1) * slots + b);
        }
        if (t < trees) Unsafe.Add(ref acc, Unsafe.Add(ref column, t)) += Unsafe.Add(ref value, t * slots + walk.Walk(ref x, t));
    }

    /// <summary>The general case: every tree's leaf, then per column a plain sum when safe, else the adder tree.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Columns(TreeEnsembleProgram g, ScoreAdder score, long[] xs, int[] slot, long[] sums, long[] total)
    {
        var p = g.Plan;
        int n = p.NodesPerTree, columns = p.Columns, k = p.TreesPerColumn;
        if (g.Complete is { } walk)
        {
            ref var x = ref MemoryMarshal.GetArrayDataReference(xs);
            for (var t = 0; t < p.Trees; t++) slot[t] = walk.LeafNode[t * walk.Leaves + walk.Walk(ref x, t)];
        }
        else if (g.Fast is { } fast)
        {
            fast.Leaves(xs, slot);
            for (var t = 0; t < p.Trees; t++) slot[t] -= t * n;
        }
        else
        {
            for (var t = 0; t < p.Trees; t++) slot[t] = Walk(p, g.Thresholds, xs, t * n);
        }
        // slot[t]: the plan's local leaf node of tree t.
        var values = p.ValueRaw;
        var columnTrees = p.ColumnTrees;
        for (var c = 0; c < columns; c++)
        {
            for (var j = 0; j < k; j++)
            {
                var tree = columnTrees[c * k + j];
                sums[j] = values[(tree * n + slot[tree]) * columns + c];
            }
            if (g.Safe[c])
            {
                // No partial sum can leave score_t (see TreeEnsembleProgram.Safe): the adder tree's stores are exact.
                var sum = p.BaseRaw[c];
                for (var j = 0; j < k; j++) sum += sums[j];
                total[c] = sum;
            }
            else
            {
                total[c] = score.Add(p.BaseRaw[c], score.Sum(sums, 0, k));
            }
        }
    }

    private static int Walk(TreeEnsemblePlan p, long[] thresholds, long[] xs, int root)
    {
        var i = 0;
        for (var d = 0; d < p.Depth; d++)
        {
            var k = root + i;
            var x = xs[p.Feature[k]];
            var t = thresholds[k];
            var go = p.Mode[k] switch
            {
                0 => x <= t,
                1 => x < t,
                2 => x >= t,
                3 => x > t,
                4 => x == t,
                _ => x != t,
            };
            i = go ? p.TrueChild[k] : p.FalseChild[k];
        }
        return i;
    }
}
