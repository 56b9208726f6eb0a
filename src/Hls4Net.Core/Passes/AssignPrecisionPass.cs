using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Sets every graph input's type, every node's result type (<c>node.Output.Type</c>) and <c>node.Precision</c>
/// from the config (LayerName &gt; LayerType &gt; model quantizer hints &gt; Model &gt; built-in, see
/// <see cref="LayerConfigResolver"/>). Only the types an op uses are set: weight/bias/accum for Dense,
/// <see cref="IWeightedOp"/> ops (convolutions) and BatchNormalization (scale = weight, shift = bias), weight for PReLU slopes and activation parameters,
/// table + size for table activations, exp/inv tables + size for Softmax. Flatten and Reshape keep their
/// input's type unless a LayerName/LayerType entry sets one. Warns about LayerName and LayerType entries that
/// match nothing in the graph.
/// </summary>
public sealed class AssignPrecisionPass : IGraphPass
{
    private readonly KeySuggester _suggester = new();

    public string Name => "assign-precision";

    public void Run(Graph graph, PassContext context)
    {
        var hls = context.Config.Hls;
        var resolver = new LayerConfigResolver(hls);
        WarnUnmatched(graph, hls, context);
        foreach (var input in graph.Inputs)
        {
            var sections = resolver.SpecificSections(input.Name, LayerTypeNames.InputKeys);
            input.Type = resolver.Precision(sections, PrecisionVariable.Result).Value;
        }
        foreach (var node in graph.Nodes)
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            node.Output.Type = ResultType(node, sections, resolver);
            node.Precision = LayerPrecisionFor(node, sections, resolver, context);
            context.Log.Debug("precision {Node}: result {Result}, {Precision}", node.Name, node.Output.Type, node.Precision);
        }
    }

    private static FixedType ResultType(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver)
    {
        if (node.Op is FlattenOp or ReshapeOp)
        {
            // A pure re-indexing: no requantization unless the user asks for one explicitly.
            var explicitType = resolver.ExplicitPrecision(sections, PrecisionVariable.Result);
            if (explicitType is not null) return explicitType.Value;
            if (node.Inputs[0].Type is { } inputType) return inputType;
        }
        return resolver.Precision(sections, PrecisionVariable.Result, Hint(node, ImportHints.ResultType)).Value;
    }

    private static FixedType? ExplicitOnly(IEnumerable<LayerConfig> sections, PrecisionVariable variable)
    {
        foreach (var s in sections)
        {
            if (s.TryGetPrecision(variable, out var t)) return t;
        }
        return null;
    }

    private static LayerPrecision LayerPrecisionFor(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver, PassContext context)
    {
        FixedType Get(PrecisionVariable v, FixedType? hint = null) => resolver.Precision(sections, v, hint).Value;
        var weightHint = Hint(node, ImportHints.WeightType);
        var biasHint = Hint(node, ImportHints.BiasType);
        var tableSize = resolver.TableSize(sections).Value;
        return node.Op switch
        {
            DenseOp or BatchNormOp or IWeightedOp => new LayerPrecision(
                Weight: Get(PrecisionVariable.Weight, weightHint),
                Bias: Get(PrecisionVariable.Bias, biasHint),
                Accum: Get(PrecisionVariable.Accum),
                TableSize: tableSize),
            PReluOp => new LayerPrecision(Weight: Get(PrecisionVariable.Weight, weightHint), TableSize: tableSize),
            ActivationOp a => new LayerPrecision(
                Weight: HasParameters(a.Function) ? Get(PrecisionVariable.Weight, weightHint) : null,
                Table: a.UsesTable ? Get(PrecisionVariable.Table) : null,
                TableSize: tableSize),
            SoftmaxOp => new LayerPrecision(
                // Softmax derives an exact accumulator unless an explicit 'accum' key asks for another one:
                // a 'default' precision such as ap_fixed<16,6> would truncate every partial sum.
                Accum: ExplicitOnly(sections.Append(context.Config.Hls.Model), PrecisionVariable.Accum),
                ExpTable: Get(PrecisionVariable.ExpTable),
                InvTable: Get(PrecisionVariable.InvTable),
                TableSize: tableSize),
            _ => new LayerPrecision(TableSize: tableSize),
        };
    }

    /// <summary>Activations whose parameters (alpha, beta, threshold) are stored as weight_t constants.</summary>
    private static bool HasParameters(ActivationKind f) =>
        f is ActivationKind.LeakyRelu or ActivationKind.Elu or ActivationKind.HardSigmoid or ActivationKind.ThresholdedRelu;

    private static FixedType? Hint(Node node, DataKey<FixedType> key) => node.Annotations.TryGet(key, out var t) ? t : null;

    private void WarnUnmatched(Graph graph, HlsConfig hls, PassContext context)
    {
        var layerNames = graph.Inputs.Select(i => i.Name).Concat(graph.Nodes.Select(n => n.Name)).ToList();
        foreach (var name in hls.LayerName.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (layerNames.Any(l => ReferenceEquals(hls.FindLayer(l), hls.LayerName[name]))) continue;
            if (context.SkippedLayers.Any(l => ReferenceEquals(hls.FindLayer(l), hls.LayerName[name]))) continue; // removed by Skip: true
            context.Log.Warning("HLSConfig.LayerName.{Name:l} matches no layer of model '{Model:l}' (layers may have been fused or removed){Hint:l}",
                name, graph.Name, _suggester.Hint(name, layerNames));
        }
        var typeKeys = LayerTypeNames.Known.Concat(graph.Nodes.SelectMany(n => LayerTypeNames.KeysFor(n)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        foreach (var key in hls.LayerType.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            if (typeKeys.Contains(key, StringComparer.OrdinalIgnoreCase)) continue;
            context.Log.Warning("unknown layer type '{Key:l}' in HLSConfig.LayerType{Hint:l}", key, _suggester.Hint(key, typeKeys));
        }
    }
}
