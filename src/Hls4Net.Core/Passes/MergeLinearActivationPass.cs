using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Removes linear (identity) activations that follow a computing layer: they would only re-store the value.
/// A linear activation reading a graph input is kept (it is the only layer that quantizes that path), and so is
/// one that carries a quantizer from the model (an <see cref="ImportHints.ResultType"/> hint).
/// </summary>
public sealed class MergeLinearActivationPass : IGraphPass
{
    public string Name => "merge-linear-activation";

    public void Run(Graph graph, PassContext context)
    {
        foreach (var node in graph.Nodes.ToList())
        {
            if (node.Op is not ActivationOp { Function: ActivationKind.Linear }) continue;
            if (node.Inputs[0].Producer is null) continue;
            // A linear activation that carries the model's own quantizer (QKeras quantized_bits) is a real requantization.
            if (node.Annotations.TryGet(ImportHints.ResultType, out _)) continue;
            graph.Bypass(node);
            context.Log.Debug("merged linear activation {Node}", node.Name);
        }
    }
}
