using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Optimization;

/// <summary>
/// The layer that structured pruning shrinks together with a layer L: the next node of L's own op type, reached from L
/// through element-wise activations only, each value used once and none a graph output.
/// </summary>
internal static class PrunableChain
{
    /// <summary>The next layer M of <paramref name="l"/>'s op type and the activations between them, or null.</summary>
    public static (Node Next, IReadOnlyList<Node> Between)? Find(Graph graph, Node l)
    {
        if (l.Outputs.Count != 1) return null;
        var between = new List<Node>();
        var value = l.Output;
        while (true)
        {
            if (graph.IsOutput(value)) return null;
            var consumers = graph.Consumers(value).ToList();
            if (consumers.Count != 1 || consumers[0].Inputs.Count != 1 || consumers[0].Outputs.Count != 1) return null;
            var c = consumers[0];
            if (c.Op.GetType() == l.Op.GetType()) return (c, between);
            if (c.Op is not ActivationOp) return null;
            between.Add(c);
            value = c.Output;
        }
    }
}
