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
    public override FixedTensor Run(Node node, TreeEnsembleOp op, IReadOnlyList<FixedTensor> inputs, OverflowCounter overflow)
    {
        var input = inputs[0];
        var p = _plans.Get(node, TreeEnsemblePlan.Create);
        int fx = input.Type.FracBits, ft = p.ThresholdType.FracBits, frac = Math.Max(fx, ft), sx = frac - fx, st = frac - ft;
        if (input.Type.Width + sx > 62 || p.ThresholdType.Width + st > 62)
        {
            throw new UnsupportedPrecisionException($"node '{node.Name}' (TreeEnsemble): input {input.Type} and threshold {p.ThresholdType} types need more than 62 bits to compare");
        }
        var thresholds = Array.ConvertAll(p.ThresholdRaw, t => t << st);
        var score = new ScoreAdder(p.ScoreType);
        int batch = input.Batch, features = p.Features, columns = p.Columns, n = p.NodesPerTree, k = p.TreesPerColumn;
        var x = input.Raw;
        var output = new long[batch * columns];
        var xs = new long[features];
        var leaf = new int[p.Trees];
        var sums = new long[k];
        var fast = FastWalk.TryCreate(p, thresholds);
        var safe = NoOverflowColumns(p);
        var values = p.ValueRaw;
        var columnTrees = p.ColumnTrees;
        var fs = p.ScoreType.FracBits;
        var sameType = p.ScoreType == p.ResultType;
        long overflows = 0;
        for (var b = 0; b < batch; b++)
        {
            for (var f = 0; f < features; f++) xs[f] = x[b * features + f] << sx;
            // leaf[t]: the absolute node index tree * n + leaf of tree t.
            if (fast is not null) fast.Leaves(xs, leaf);
            else for (var t = 0; t < p.Trees; t++) leaf[t] = t * n + Walk(p, thresholds, xs, t * n);
            for (var c = 0; c < columns; c++)
            {
                long total;
                if (safe[c])
                {
                    // No partial sum can leave score_t (see NoOverflowColumns): the adder tree's stores are exact.
                    total = p.BaseRaw[c];
                    for (var j = 0; j < k; j++)
                    {
                        total += values[leaf[columnTrees[c * k + j]] * columns + c];
                    }
                }
                else
                {
                    for (var j = 0; j < k; j++)
                    {
                        sums[j] = values[leaf[columnTrees[c * k + j]] * columns + c];
                    }
                    total = score.Add(p.BaseRaw[c], score.Sum(sums, 0, k));
                }
                // total is a score_t code; into an equal result type it is stored unchanged.
                if (sameType && total >= p.ScoreType.MinRawInt64 && total <= p.ScoreType.MaxRawInt64)
                {
                    output[b * columns + c] = total;
                    continue;
                }
                output[b * columns + c] = FixedMath.Convert(total, fs, p.ResultType, out var o);
                if (o) overflows++;
            }
        }
        overflow.Add((long)batch * columns * (k + 1), overflows + score.Overflows);
        return new FixedTensor(p.ResultType, node.Output.Shape, batch, output);
    }

    /// <summary>
    /// Per column: true when |base| plus the largest |leaf score| of each of its trees fits score_t, so that no partial
    /// sum of the adder tree (nor the base addition) can overflow and plain addition gives the same bits.
    /// </summary>
    private static bool[] NoOverflowColumns(TreeEnsemblePlan p)
    {
        var limit = Math.Min(p.ScoreType.MaxRawInt64, -p.ScoreType.MinRawInt64);
        if (!p.ScoreType.Signed) return new bool[p.Columns];
        var result = new bool[p.Columns];
        for (var c = 0; c < p.Columns; c++)
        {
            var bound = Math.Abs(p.BaseRaw[c]);
            for (var j = 0; j < p.TreesPerColumn && bound <= limit; j++)
            {
                var tree = p.ColumnTrees[c * p.TreesPerColumn + j];
                long max = 0;
                for (var i = 0; i < p.NodesPerTree; i++) max = Math.Max(max, Math.Abs(p.ValueRaw[(tree * p.NodesPerTree + i) * p.Columns + c]));
                bound += max;
            }
            result[c] = bound <= limit;
        }
        return result;
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
