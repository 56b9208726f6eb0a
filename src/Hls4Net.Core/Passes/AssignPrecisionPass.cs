using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Sets every graph input's type, every node's result type (the <c>Type</c> of each of its outputs) and <c>node.Precision</c>
/// from the config (LayerName &gt; LayerType &gt; model quantizer hints &gt; Model &gt; built-in, see
/// <see cref="LayerConfigResolver"/>). Only the slots an op declares (<see cref="OpTraits.PrecisionSlots"/>) are set,
/// each resolved as the op says (e.g. weight/bias/accum for Dense, convolutions and BatchNormalization, weight for
/// PReLU slopes and activation parameters, table for table activations, exp/inv tables for Softmax), plus the table
/// size. Ops that declare <see cref="OpTraits.KeepsInputType"/> (Flatten, Reshape) keep their input's type unless a
/// LayerName/LayerType entry sets one. Warns about LayerName and LayerType entries that
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
            input.Type = resolver.Precision(sections, PrecisionSlot.Result, InputQuantizer(graph, input) ?? EmbeddingIndexType(graph, input)).Value;
        }
        foreach (var node in graph.Nodes)
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            // One result type per layer (hls4ml's result_t), shared by every output of a multi-output node.
            var result = ResultType(node, sections, resolver, context);
            foreach (var output in node.Outputs) output.Type = result;
            node.Precision = LayerPrecisionFor(node, sections, resolver, context);
            context.Log.Debug("precision {Node}: result {Result}, {Precision}", node.Name, result, node.Precision);
        }
    }

    private static FixedType ResultType(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver, PassContext context)
    {
        if (node.Op.Traits.KeepsInputType)
        {
            // A pure re-indexing: no requantization unless the user asks for one explicitly.
            var explicitType = resolver.ExplicitPrecision(sections, PrecisionSlot.Result);
            if (explicitType is not null) return explicitType.Value;
            if (node.Inputs[0].Type is { } inputType) return inputType;
        }
        return resolver.Precision(sections, PrecisionSlot.Result, ResultHint(node, sections, resolver, context)).Value;
    }

    /// <summary>
    /// The model quantizer's result type, except for an activation layer under hls4ml semantics: hls4ml keeps the
    /// model-wide type after e.g. <c>quantized_relu(6,0)</c>, and only a config that names the type installs it.
    /// </summary>
    private static FixedType? ResultHint(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver, PassContext context) =>
        node.Op is ActivationOp && !FromOnnxQuantizer(node) && resolver.Semantics(sections, context.Config.Semantics).Value == ArithmeticSemantics.Hls4ml
            ? null
            : Hint(node, ImportHints.ResultType);

    /// <summary>
    /// The type of the ONNX quantizer layer that alone reads graph input <paramref name="input"/> (a quantized model
    /// input): the input takes it, so the input conversion is the quantizer itself and the layer stores without change.
    /// </summary>
    private static FixedType? InputQuantizer(Graph graph, Value input)
    {
        var readers = graph.Consumers(input).ToList();
        return readers.Count == 1 && !graph.IsOutput(input) && readers[0].Op is ActivationOp { Function: ActivationKind.Linear } && FromOnnxQuantizer(readers[0])
            ? Hint(readers[0], ImportHints.ResultType)
            : null;
    }

    /// <summary>
    /// An input read only by Embedding layers holds integer indices: its model type (before the Model level) is
    /// ap_ufixed&lt;b,b,AP_TRN,AP_SAT&gt; with b bits for the largest index, so a default fixed-point precision does
    /// not cut the indices (an explicit input precision still wins).
    /// </summary>
    private static FixedType? EmbeddingIndexType(Graph graph, Value input)
    {
        var readers = graph.Consumers(input).ToList();
        if (readers.Count == 0 || graph.IsOutput(input) || !readers.All(r => r.Op is EmbeddingOp)) return null;
        var vocabulary = readers.Max(r => ((EmbeddingOp)r.Op).Vocabulary);
        var bits = Math.Max(1, 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)Math.Max(1, vocabulary - 1)));
        return new FixedType(bits, bits, false, QuantMode.Trn, OverflowMode.Sat);
    }

    /// <summary>True when an ONNX quantizer (QONNX, QDQ) gave the node's result type: honoured under both semantics.</summary>
    private static bool FromOnnxQuantizer(Node node) => node.Annotations.TryGet(ImportHints.Quantizer, out var q) && q.Result is not null;

    private static FixedType? ExplicitOnly(IEnumerable<LayerConfig> sections, PrecisionSlot slot)
    {
        foreach (var s in sections)
        {
            if (s.TryGetPrecision(slot, out var t)) return t;
        }
        return null;
    }

    /// <summary>The slots the node's op declares (<see cref="OpTraits.PrecisionSlots"/>), each resolved as the op says.</summary>
    private static LayerPrecision LayerPrecisionFor(Node node, IReadOnlyList<LayerConfig> sections, LayerConfigResolver resolver, PassContext context)
    {
        FixedType? Resolve(PrecisionSlotUse use) => use.ExplicitOnly
            ? ExplicitOnly(sections.Append(context.Config.Hls.Model), use.Slot)
            : OrBuiltIn(use, resolver.Precision(sections, use.Slot, use.Hint is { } key ? Hint(node, key) : null));
        var slots = node.Op.Traits.PrecisionSlots.Select(use => KeyValuePair.Create(use.Slot, Resolve(use))).ToList();
        return new LayerPrecision(slots, resolver.TableSize(sections).Value);
    }

    /// <summary>The resolved type, or the op's own built-in (<see cref="PrecisionSlotUse.BuiltIn"/>) when no config level named one.</summary>
    private static FixedType OrBuiltIn(PrecisionSlotUse use, ResolvedSetting<FixedType> resolved) =>
        resolved.Source == LayerConfigResolver.BuiltIn && use.BuiltIn is { } builtIn ? builtIn : resolved.Value;

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
