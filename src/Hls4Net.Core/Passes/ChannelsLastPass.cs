using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Removes the layout Transposes that importers of channels-first formats (ONNX) put around every channels-last op.
/// Repeated until nothing changes:
/// 1. a Transpose of a Transpose becomes one Transpose with the composed permutation; identity Transposes vanish;
/// 2. a Transpose read only by an op of role <see cref="ChannelsLastRole.ElementwiseUnary"/> (activation, scalar
///    PReLU, Identity) moves below it;
/// 3. <see cref="ChannelsLastRole.Merge"/> ops (element-wise merges, Concatenate) whose inputs are all Transposes with
///    one permutation (each read only by that merge) run on the untransposed inputs, followed by one Transpose (axis
///    attributes are remapped through <see cref="IAxisRemappable"/>);
/// 4. Transpose → <see cref="ChannelsLastRole.Flatten"/> → readers that are all <see cref="IReorderableFlatInput"/>
///    (Dense; Flatten and Transpose read only there): the Transpose is dropped and the readers reorder their constants
///    (Dense permutes its weight rows), so they see the same values as in the original element order.
/// The roles are the ops' traits (<see cref="OpTraits.ChannelsLast"/>).
/// Transposes next to graph inputs/outputs that cannot cancel stay (they are pure wiring in io_parallel).
/// Runs right after import, before any other pass.
/// </summary>
public sealed class ChannelsLastPass : IGraphPass
{
    public string Name => "channels-last";

    public void Run(Graph graph, PassContext context)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var node in graph.Nodes.ToList())
            {
                if (!graph.Nodes.Contains(node)) continue;
                if (Compose(graph, node) || SinkThroughUnary(graph, node) || SinkThroughMerge(graph, node) || FoldIntoDense(graph, node))
                {
                    context.Log.Debug("channels-last rewrite at {Node}", node.Name);
                    changed = true;
                }
            }
        }
    }

    private static bool OnlyReader(Graph graph, Value v, Node reader) =>
        !graph.IsOutput(v) && graph.Consumers(v).All(n => ReferenceEquals(n, reader)) && reader.Inputs.Count(i => ReferenceEquals(i, v)) >= 1;

    private static bool Compose(Graph graph, Node node)
    {
        if (node.Op is not TransposeOp t) return false;
        if (t.IsIdentity)
        {
            if (node.Inputs[0].Producer is null && graph.IsOutput(node.Output)) return false;
            graph.Bypass(node);
            return true;
        }
        if (node.Inputs[0].Producer is not { Op: TransposeOp first } producer) return false;
        var composed = t.Perm.Select(p => first.Perm[p]).ToArray();
        node.ReplaceInput(node.Inputs[0], producer.Inputs[0]);
        node.Op = new TransposeOp(composed);
        if (!graph.Consumers(producer.Output).Any() && !graph.IsOutput(producer.Output)) graph.Remove(producer);
        return true;
    }

    private static bool SinkThroughUnary(Graph graph, Node node)
    {
        if (node.Op is not TransposeOp) return false;
        var readers = graph.Consumers(node.Output).ToList();
        if (readers.Count != 1 || readers[0].Op.Traits.ChannelsLast != ChannelsLastRole.ElementwiseUnary || !OnlyReader(graph, node.Output, readers[0])) return false;
        var unary = readers[0];
        // Swap the two layers between the nodes, which keeps the topological order: node computes the unary op on the
        // untransposed value, unary's node transposes the result. Annotations (the model's hints) travel with their layer.
        node.ExchangeLayer(unary);
        node.Output.Shape = node.Inputs[0].Shape;
        (node.Output.Name, unary.Output.Name) = (unary.Output.Name, node.Output.Name);
        return true;
    }

    private static bool SinkThroughMerge(Graph graph, Node node)
    {
        if (node.Op.Traits.ChannelsLast != ChannelsLastRole.Merge) return false;
        var producers = node.Inputs.Select(v => v.Producer).ToList();
        if (producers.Any(p => p is not { Op: TransposeOp })) return false;
        var perm = ((TransposeOp)producers[0]!.Op).Perm;
        if (producers.Any(p => !((TransposeOp)p!.Op).Perm.SequenceEqual(perm) || !OnlyReader(graph, p.Output, node))) return false;
        if (producers.Distinct().Count() != producers.Count) return false;
        foreach (var p in producers) node.ReplaceInput(p!.Output, p.Inputs[0]);
        if (node.Op is IAxisRemappable remappable) node.Op = remappable.WithAxesPermuted(perm);
        var transposedOut = new Value(node.Output.Name, node.Output.Shape);
        graph.ReplaceAllUses(node.Output, transposedOut);
        node.Output.Name = node.Name + "_cl";
        node.Output.Shape = node.Op.InferShape(node.Inputs.Select(v => v.Shape).ToList());
        graph.InsertAfter(node, new Node($"{node.Name}_transpose", new TransposeOp([.. perm]), [node.Output], transposedOut));
        foreach (var p in producers) graph.Remove(p!);
        return true;
    }

    private static bool FoldIntoDense(Graph graph, Node node)
    {
        if (node.Op is not TransposeOp t) return false;
        var readers = graph.Consumers(node.Output).ToList();
        if (readers.Count != 1 || readers[0].Op.Traits.ChannelsLast != ChannelsLastRole.Flatten || !OnlyReader(graph, node.Output, readers[0])) return false;
        var flatten = readers[0];
        var denses = graph.Consumers(flatten.Output).ToList();
        if (graph.IsOutput(flatten.Output) || denses.Count == 0 || denses.Any(d => d.Op is not IReorderableFlatInput)) return false;
        // Row r of the Dense weights belongs to flat index r of the transposed tensor y (y axis i = x axis perm[i]).
        // The new Flatten reads x: its flat index s has coordinates cx, and cy[i] = cx[perm[i]].
        var x = node.Inputs[0].Shape;
        var y = node.Output.Shape;
        var rowOf = new int[x.Size];
        var cx = new int[x.Rank];
        for (var s = 0; s < x.Size; s++)
        {
            var rem = s;
            for (var a = x.Rank - 1; a >= 0; a--)
            {
                cx[a] = rem % x[a];
                rem /= x[a];
            }
            var r = 0;
            for (var i = 0; i < y.Rank; i++) r = r * y[i] + cx[t.Perm[i]];
            rowOf[s] = r;
        }
        foreach (var d in denses) d.Op = ((IReorderableFlatInput)d.Op).WithInputElementsReordered(rowOf);
        graph.Bypass(node);
        return true;
    }
}
