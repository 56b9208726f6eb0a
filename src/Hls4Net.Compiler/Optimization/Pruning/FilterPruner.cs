using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// Structured pruning of convolutions: removes the filters of a Conv1D or Conv2D layer L whose output channel the next
/// convolution M (same kind, through element-wise activations only: each value used once, none a graph output) never
/// reads, i.e. M's weights for that input channel are all zero. L loses the filter (its weights and bias) and M the
/// input channel, so both shrink, and the model computes exactly what it did. A filter whose own weights are all zero
/// is not folded into M's bias as a Dense neuron is (<see cref="StructuredPruner"/>): M's zero padding would read 0,
/// not the constant, at the borders. At least one filter is kept. Applied to every such pair, in graph order, in place.
/// </summary>
public static class FilterPruner
{
    /// <summary>Shrink <paramref name="graph"/>'s convolutions in place; one entry per layer that lost filters.</summary>
    public static IReadOnlyList<NeuronRemoval> Apply(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var removals = new List<NeuronRemoval>();
        foreach (var l in graph.Nodes.Where(n => n.Op is Conv1DOp or Conv2DOp).ToList())
        {
            if (Chain(graph, l) is not { } chain) continue;
            var (m, between) = chain;
            var lw = PrunableWeights.Of(l.Op);
            var mw = PrunableWeights.Of(m.Op);
            var n = lw.Shape[lw.Shape.Rank - 1];          // L's filters = M's input channels
            var mTaps = mw.Size / (n * mw.Shape[mw.Shape.Rank - 1]);
            var mOut = mw.Shape[mw.Shape.Rank - 1];
            var kept = Enumerable.Range(0, n)
                .Where(f => Enumerable.Range(0, mTaps).Any(t => Enumerable.Range(0, mOut).Any(o => mw.Data[(t * n + f) * mOut + o] != 0)))
                .ToList();
            if (kept.Count == n) continue;
            if (kept.Count == 0) kept.Add(0);
            var k = kept.Count;
            var lTaps = lw.Size / n;                       // kh·kw·cin rows of L's [.., cout] layout
            var newL = new float[lTaps * k];
            for (var r = 0; r < lTaps; r++)
            {
                for (var s = 0; s < k; s++) newL[r * k + s] = lw.Data[r * n + kept[s]];
            }
            var bias = ((IWeightedOp)l.Op).Bias.Data;
            var newBias = kept.Select(f => bias[f]).ToArray();
            var newM = new float[mTaps * k * mOut];
            for (var t = 0; t < mTaps; t++)
            {
                for (var s = 0; s < k; s++) Array.Copy(mw.Data, (t * n + kept[s]) * mOut, newM, (t * k + s) * mOut, mOut);
            }
            l.Op = WithChannels(l.Op, Resize(lw.Shape, lw.Shape.Rank - 1, k), newL, new ConstTensor(new Shape(k), newBias));
            m.Op = WithChannels(m.Op, Resize(mw.Shape, mw.Shape.Rank - 2, k), newM, ((IWeightedOp)m.Op).Bias);
            var shape = Resize(l.Output.Shape, l.Output.Shape.Rank - 1, k);
            l.Output.Shape = shape;
            foreach (var b in between) b.Output.Shape = shape;
            removals.Add(new NeuronRemoval(l.Name, m.Name, n, kept, 0));
        }
        return removals;
    }

    private static Shape Resize(Shape shape, int axis, int size)
    {
        var dims = shape.Dims.ToArray();
        dims[axis] = size;
        return new Shape(dims);
    }

    private static Op WithChannels(Op op, Shape shape, float[] weights, ConstTensor bias) => op switch
    {
        Conv1DOp c => new Conv1DOp(new ConstTensor(shape, weights), bias, c.Stride, c.PadLeft, c.PadRight, c.Dilation),
        Conv2DOp c => new Conv2DOp(new ConstTensor(shape, weights), bias, c.Stride, c.Padding, c.Dilation),
        _ => throw new ArgumentException($"{op.Kind} is not a convolution", nameof(op)),
    };

    /// <summary>The next convolution of the same kind after <paramref name="l"/> and the activations between, when the pair can shrink.</summary>
    private static (Node Next, IReadOnlyList<Node> Between)? Chain(Graph graph, Node l) => PrunableChain.Find(graph, l);
}
