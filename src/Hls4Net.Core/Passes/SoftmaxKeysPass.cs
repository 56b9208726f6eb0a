using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Honours hls4ml's softmax keys that change the layer itself. <c>Skip: true</c> (LayerName, LayerType or Model)
/// removes the softmax, and its readers (or the model output) take its input, the logits, as hls4ml's SkipSoftmax
/// optimizer does; a softmax that reads a graph input directly and is a graph output would leave nothing to
/// compute, which is an error. <c>Implementation: argmax</c> makes it a one-hot argmax (<see cref="SoftmaxOp.Argmax"/>,
/// io_parallel only). Under hls4ml semantics (<see cref="LayerConfigResolver.Semantics"/>) the softmax becomes hls4ml's
/// <c>Implementation</c> (<see cref="SoftmaxOp.Variant"/>: stable when unset, latency, legacy), before the precision
/// pass so that the variant's precision slots are the ones assigned.
/// </summary>
public sealed class SoftmaxKeysPass : IGraphPass
{
    public string Name => "softmax-keys";

    public void Run(Graph graph, PassContext context)
    {
        var resolver = new LayerConfigResolver(context.Config.Hls);
        foreach (var node in graph.Nodes.Where(n => n.Op is SoftmaxOp).ToList())
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            var skip = resolver.FindValue(sections, s => s.Skip);
            if (skip is not { Value: true })
            {
                var implementation = resolver.Find(sections, s => s.Implementation);
                if (implementation is { Value: SoftmaxImplementations.Argmax } argmax)
                {
                    Argmax(node, argmax, context);
                }
                else if (resolver.Semantics(sections, context.Config.Semantics) is { Value: ArithmeticSemantics.Hls4ml } semantics)
                {
                    var variant = SoftmaxImplementations.Variant(implementation?.Value, semantics.Value);
                    var zeroMasked = node.Op is SoftmaxOp { ZeroMasked: true };
                    if (zeroMasked && variant is not (SoftmaxVariant.Stable or SoftmaxVariant.Latency))
                    {
                        throw new ConfigException($"layer '{node.Name}' (Softmax, SOFTMAX_ZERO): Implementation '{variant.ToString().ToLowerInvariant()}' has no zero-masked form; use stable or latency");
                    }
                    node.Op = new SoftmaxOp(variant, zeroMasked);
                    context.Log.Debug("layer '{Node:l}': hls4ml's {Variant:l} softmax (Implementation from {Source:l}, Semantics from {Semantics:l})",
                        node.Name, node.Op.Describe(), implementation?.Source ?? "hls4ml's default", semantics.Source);
                }
                WarnUnusedPrecisionKeys(node, sections, context);
                continue;
            }
            if (node.Inputs[0].Producer is null && graph.IsOutput(node.Output))
            {
                throw new ConfigException($"layer '{node.Name}' (Softmax): Skip: true from {skip.Source} would remove the model's only layer");
            }
            graph.Bypass(node);
            context.SkippedLayers.Add(node.Name);
            context.Log.Information("layer '{Node:l}' (Softmax) removed: Skip: true from {Source:l}; the model outputs its input (logits)", node.Name, skip.Source);
        }
    }

    /// <summary>
    /// A softmax precision key in the layer's own LayerName/LayerType sections that its softmax does not read (e.g.
    /// <c>inp_norm</c> on Hls4Net's own softmax, <c>exp_table</c> on hls4ml's legacy one) is a warning.
    /// </summary>
    private static void WarnUnusedPrecisionKeys(Node node, IReadOnlyList<LayerConfig> sections, PassContext context)
    {
        var op = (SoftmaxOp)node.Op;
        if (op.Argmax) return;
        var used = op.Traits.PrecisionSlots.Select(u => u.Slot).ToList();
        foreach (var section in sections)
        {
            foreach (var slot in SoftmaxKeys.Where(k => !used.Contains(k) && section.Precision.ContainsKey(k)))
            {
                context.Log.Warning("{Path:l}.Precision.{Key:l} has no effect on layer '{Node:l}' ({Op:l}, {Semantics:l} semantics): it reads {Keys:l}",
                    section.Path, slot.Name, node.Name, op.Describe(), op.IsHls4mlTable ? "hls4ml" : "exact",
                    string.Join(", ", used.Select(u => u.Name)));
            }
        }
    }

    private static readonly PrecisionSlot[] SoftmaxKeys =
        [PrecisionSlot.Accum, PrecisionSlot.Table, PrecisionSlot.ExpTable, PrecisionSlot.InvTable, PrecisionSlot.InvInp, PrecisionSlot.InpNorm];

    private static void Argmax(Node node, ResolvedSetting<string> argmax, PassContext context)
    {
        if (context.Config.IoType == IoType.IoStream)
        {
            throw new ConfigException(
                $"layer '{node.Name}' (Softmax): Implementation 'argmax' from {argmax.Source} is supported with io_parallel only; use IOType: io_parallel or another Implementation");
        }
        if (node.Op is SoftmaxOp { ZeroMasked: true })
        {
            throw new ConfigException($"layer '{node.Name}' (Softmax, SOFTMAX_ZERO): Implementation 'argmax' from {argmax.Source} has no zero-masked form; use stable or latency");
        }
        node.Op = new SoftmaxOp(argmax: true);
        context.Log.Debug("layer '{Node:l}': Implementation argmax from {Source:l} (one-hot of the first maximum)", node.Name, argmax.Source);
    }
}
