using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Sets <c>node.Hardware</c> (strategy, reuse factor) for every node from the config (LayerName &gt; LayerType &gt;
/// Model &gt; Latency/1). A Dense layer's reuse factor must satisfy <see cref="ReuseFactorRule"/>; an invalid one is a
/// <see cref="ConfigException"/> naming the layer, its sizes, where the value came from and nearby valid values.
/// It is never snapped silently (hls4ml does). Other layers take the reuse factor as given (it only schedules).
/// </summary>
public sealed class AssignHardwarePass : IGraphPass
{
    private readonly ReuseFactorRule _rule;

    public AssignHardwarePass(ReuseFactorRule? rule = null) => _rule = rule ?? new ReuseFactorRule();

    public string Name => "assign-hardware";

    public void Run(Graph graph, PassContext context)
    {
        var resolver = new LayerConfigResolver(context.Config.Hls);
        foreach (var node in graph.Nodes)
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            var rf = resolver.ReuseFactor(sections);
            var strategy = resolver.Strategy(sections).Value;
            if (node.Op is DenseOp dense) Validate(node, dense, rf);
            var semantics = resolver.Semantics(sections, context.Config.Semantics).Value;
            node.Hardware = new LayerHardware(strategy, rf.Value, semantics);
            context.Log.Debug("hardware {Node}: {Strategy}, reuse factor {ReuseFactor}", node.Name, strategy, rf.Value);
        }
    }

    private void Validate(Node node, DenseOp dense, ResolvedSetting<int> rf)
    {
        int nIn = dense.InputSize, nOut = dense.OutputSize;
        if (_rule.IsValid(nIn, nOut, rf.Value)) return;
        long total = (long)nIn * nOut;
        var why = rf.Value > total
            ? $"is larger than n_in*n_out = {total}"
            : "is not valid (it must divide n_in*n_out; below n_in, n_in*n_out/RF must be a multiple of n_out; from n_in up, RF must be a multiple of n_in)";
        var nearby = string.Join(", ", _rule.Nearby(nIn, nOut, rf.Value));
        var fix = rf.IsLayerSpecific ? "" : $"; set HLSConfig.LayerName.{node.Name}.ReuseFactor to override it for this layer";
        throw new ConfigException(
            $"layer '{node.Name}' (Dense, n_in={nIn}, n_out={nOut}): ReuseFactor {rf.Value} from {rf.Source} {why}; nearby valid values: {nearby}{fix}");
    }
}
