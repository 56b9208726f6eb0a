using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Per-sample reshapes of layer data (Reshape, Flatten, Squeeze, Unsqueeze). A reshape of a reshape reads the first
/// one's input; a reshape to the same shape adds no node; a reshape to one axis is a <see cref="FlattenOp"/> (which
/// ChannelsLastPass folds into a following Dense). Reshapes left without readers are removed after the import.
/// </summary>
internal static class SampleReshape
{
    /// <summary>Make ONNX tensor <paramref name="node"/>.OutputName the value <paramref name="x"/> reshaped to <paramref name="target"/>.</summary>
    public static Value Apply(OnnxNode node, OnnxImportContext context, Value x, Shape target)
    {
        if (target.Size != x.Shape.Size) throw node.Error($"ONNX op '{node.OpType}' cannot reshape {x.Shape} per sample to {target}");
        var value = To(context.Graph, x, target, node.Name);
        if (value.Producer?.Name == node.Name) value.Name = node.OutputName;
        context.SetValue(node.OutputName, value);
        return value;
    }

    /// <summary><paramref name="x"/> reshaped to <paramref name="target"/> (same size), through a node named <paramref name="name"/> when one is needed.</summary>
    public static Value To(Graph graph, Value x, Shape target, string name)
    {
        var source = x;
        while (source.Producer is { Op: ReshapeOp or FlattenOp } p) source = p.Inputs[0];
        if (source.Shape.Equals(target)) return source;
        Op op = target.Rank == 1 ? new FlattenOp() : new ReshapeOp(target);
        return graph.Add(name, op, source).Output;
    }

    /// <summary>Remove nodes (reshapes bypassed by a later collapse) whose outputs nobody reads.</summary>
    public static void RemoveUnread(Graph graph)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var node in graph.Nodes.Reverse().ToList())
            {
                if (node.Op is not (ReshapeOp or FlattenOp or TransposeOp or BatchNormOp)) continue;
                if (graph.IsOutput(node.Output) || graph.Consumers(node.Output).Any()) continue;
                graph.Remove(node);
                changed = true;
            }
        }
    }
}
