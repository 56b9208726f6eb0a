using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// Structured pruning: removes the neurons of a Dense layer L that cannot change the model, and shrinks L and the next
/// Dense layer M so that both really get smaller. L must feed M through element-wise activations only (each value
/// used once, none a graph output, one row per sample). Neuron j of L is removed when
/// <list type="bullet">
/// <item>its outgoing weights M.W[j, :] are all zero (it contributes nothing), or</item>
/// <item>its incoming weights L.W[:, j] are all zero and every activation between is ReLU (or none): its output is the
/// constant relu(b_j), folded into M's bias (M.b += relu(b_j)·M.W[j, :], computed in double and stored as float).</item>
/// </list>
/// At least one neuron is kept. Applied to every such pair, in graph order, in place.
/// </summary>
public static class StructuredPruner
{
    /// <summary>Shrink <paramref name="graph"/> in place; one entry per layer that lost neurons.</summary>
    public static IReadOnlyList<NeuronRemoval> Apply(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var removals = new List<NeuronRemoval>();
        foreach (var l in graph.Nodes.Where(n => n.Op is DenseOp).ToList())
        {
            if (Chain(graph, l) is not { } chain) continue;
            var (m, between) = chain;
            var lop = (DenseOp)l.Op;
            var mop = (DenseOp)m.Op;
            var nIn = lop.InputSize;
            var n = lop.OutputSize;
            var nOut = mop.OutputSize;
            var foldable = between.All(b => ((ActivationOp)b.Op).Function == ActivationKind.Relu);
            var mBias = mop.Bias.Data.Select(v => (double)v).ToArray();
            var kept = new List<int>();
            var folded = 0;
            for (var j = 0; j < n; j++)
            {
                var deadOut = Enumerable.Range(0, nOut).All(o => mop.Weights.Data[j * nOut + o] == 0);
                var deadIn = Enumerable.Range(0, nIn).All(i => lop.Weights.Data[i * n + j] == 0);
                if (deadOut) continue;
                if (deadIn && foldable)
                {
                    var c = Math.Max(0.0, lop.Bias.Data[j]);
                    for (var o = 0; o < nOut; o++) mBias[o] += c * mop.Weights.Data[j * nOut + o];
                    folded++;
                    continue;
                }
                kept.Add(j);
            }
            if (kept.Count == n) continue;
            if (kept.Count == 0)
            {
                // Keep neuron 0 so that both layers stay valid; its weights are those of the original.
                kept.Add(0);
                if (!Enumerable.Range(0, nOut).All(o => mop.Weights.Data[o] == 0) && foldable && Enumerable.Range(0, nIn).All(i => lop.Weights.Data[i * n] == 0))
                {
                    // Neuron 0 was folded: undo its fold.
                    var c = Math.Max(0.0, lop.Bias.Data[0]);
                    for (var o = 0; o < nOut; o++) mBias[o] -= c * mop.Weights.Data[o];
                    folded--;
                }
            }
            var k = kept.Count;
            var lw = new float[nIn * k];
            var lb = new float[k];
            var mw = new float[k * nOut];
            for (var s = 0; s < k; s++)
            {
                var j = kept[s];
                for (var i = 0; i < nIn; i++) lw[i * k + s] = lop.Weights.Data[i * n + j];
                lb[s] = lop.Bias.Data[j];
                Array.Copy(mop.Weights.Data, j * nOut, mw, s * nOut, nOut);
            }
            l.Op = new DenseOp(new ConstTensor(new Shape(nIn, k), lw), new ConstTensor(new Shape(k), lb));
            m.Op = new DenseOp(new ConstTensor(new Shape(k, nOut), mw), new ConstTensor(new Shape(nOut), mBias.Select(v => (float)v).ToArray()));
            l.Output.Shape = new Shape(k);
            foreach (var b in between) b.Output.Shape = new Shape(k);
            removals.Add(new NeuronRemoval(l.Name, m.Name, n, kept, folded));
        }
        return removals;
    }

    /// <summary>The next Dense layer of <paramref name="l"/> and the activations between, when the pair can shrink.</summary>
    private static (Node Next, IReadOnlyList<Node> Between)? Chain(Graph graph, Node l) =>
        l.Outputs.Count == 1 && l.Output.Shape.Rank == 1 ? PrunableChain.Find(graph, l) : null; // one row per sample
}
