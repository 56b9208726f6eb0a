using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>Removes Identity and inference-time Dropout nodes, reconnecting their readers to their input.</summary>
public sealed class RemoveIdentityPass : IGraphPass
{
    public string Name => "remove-identity";

    public void Run(Graph graph, PassContext context)
    {
        foreach (var node in graph.Nodes.Where(n => n.Op is IdentityOp).ToList())
        {
            // A graph input wired straight to a graph output has nothing to compute; keep such a node.
            if (node.Inputs[0].Producer is null && graph.IsOutput(node.Output)) continue;
            graph.Bypass(node);
            context.Log.Debug("removed {Node}", node.Name);
        }
    }
}
