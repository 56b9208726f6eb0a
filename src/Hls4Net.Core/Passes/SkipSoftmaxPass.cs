using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Honours hls4ml's <c>Skip: true</c> on a softmax layer (LayerName, LayerType or Model): the softmax is removed and
/// its readers (or the model output) take its input, the logits, as hls4ml's SkipSoftmax optimizer does. A softmax
/// that reads a graph input directly and is a graph output would leave nothing to compute: that is an error.
/// </summary>
public sealed class SkipSoftmaxPass : IGraphPass
{
    public string Name => "skip-softmax";

    public void Run(Graph graph, PassContext context)
    {
        var resolver = new LayerConfigResolver(context.Config.Hls);
        foreach (var node in graph.Nodes.Where(n => n.Op is SoftmaxOp).ToList())
        {
            var skip = resolver.FindValue(resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node)), s => s.Skip);
            if (skip is not { Value: true }) continue;
            if (node.Inputs[0].Producer is null && graph.IsOutput(node.Output))
            {
                throw new ConfigException($"layer '{node.Name}' (Softmax): Skip: true from {skip.Source} would remove the model's only layer");
            }
            graph.Bypass(node);
            context.SkippedLayers.Add(node.Name);
            context.Log.Information("layer '{Node:l}' (Softmax) removed: Skip: true from {Source:l}; the model outputs its input (logits)", node.Name, skip.Source);
        }
    }
}
