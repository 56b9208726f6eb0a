using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Config;

/// <summary>hls4ml's per-layer <c>Trace</c> key: the layers whose outputs <c>hls4net verify</c> traces when no <c>--trace</c> is given.</summary>
public static class ConfigTrace
{
    /// <summary>The nodes whose resolved <c>Trace</c> (LayerName &gt; LayerType &gt; Model) is true, in graph order.</summary>
    public static IReadOnlyList<Node> Nodes(Graph graph, HlsConfig hls)
    {
        var resolver = new LayerConfigResolver(hls);
        return graph.Nodes.Where(n => resolver.Trace(resolver.SpecificSections(n.Name, LayerTypeNames.KeysFor(n))).Value).ToList();
    }
}
