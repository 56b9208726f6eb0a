using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Core.Passes;

/// <summary>
/// Accounts for the hls4ml section keys that only some layers use (<c>Implementation</c>, <c>Skip</c>,
/// <c>ParallelizationFactor</c>, <c>Compression</c>, <c>ConvImplementation</c>, <c>Trace</c>): each one that
/// reaches a layer is either what Hls4Net does anyway (a debug note), or refused with one warning naming the key,
/// the section it came from, the layers, and what Hls4Net does instead. A key set on a layer it cannot apply to,
/// (LayerName/LayerType), or at Model level in a model with no such layer, is a warning too: nothing from an hls4ml file is dropped
/// silently. Changes no node.
/// </summary>
public sealed class Hls4mlKeysPass : IGraphPass
{
    public string Name => "hls4ml-keys";

    public void Run(Graph graph, PassContext context)
    {
        var config = context.Config;
        var resolver = new LayerConfigResolver(config.Hls);
        var notes = new KeyNotes();
        var traced = new List<string>();
        var stream = config.IoType == IoType.IoStream;
        foreach (var node in graph.Nodes)
        {
            var sections = resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
            var isSoftmax = node.Op is SoftmaxOp;
            var isConv = node.Op is ConvBase1DOp or ConvBase2DOp;
            var isDense = node.Op is DenseOp;

            if (resolver.Find(sections, s => s.Implementation) is { } impl)
            {
                if (isSoftmax) SoftmaxImplementation(node, impl, notes);
                else if (impl.IsLayerSpecific) notes.NotFor(node, "Implementation", impl.Source, impl.Value, "Softmax layers");
            }
            if (resolver.FindValue(sections, s => s.Skip) is { Value: true, IsLayerSpecific: true } skip && !isSoftmax)
            {
                notes.NotFor(node, "Skip", skip.Source, "true", "Softmax layers");
            }
            if (resolver.FindValue(sections, s => s.ParallelizationFactor) is { } pf)
            {
                if (isConv) ParallelizationFactor(node, pf, stream, notes);
                else if (pf.IsLayerSpecific) notes.NotFor(node, "ParallelizationFactor", pf.Source, pf.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "convolutions");
            }
            if (resolver.FindValue(sections, s => s.Compression) is { Value: true } compression)
            {
                if (isDense)
                {
                    notes.Refuse(node, "Compression", compression.Source, "true",
                        "Hls4Net stores every weight (zeros included) in one uncompressed array; the results are the same bits, only the resources differ");
                }
                else if (compression.IsLayerSpecific)
                {
                    notes.NotFor(node, "Compression", compression.Source, "true", "Dense layers");
                }
            }
            if (resolver.FindValue(sections, s => s.Static) is { IsLayerSpecific: true } isStatic && node.Op is not RecurrentOp)
            {
                notes.NotFor(node, "static", isStatic.Source, isStatic.Value ? "true" : "false", "recurrent layers");
            }
            if (resolver.Find(sections, s => s.ConvImplementation) is { } convImpl)
            {
                if (!isConv)
                {
                    if (convImpl.IsLayerSpecific) notes.NotFor(node, "ConvImplementation", convImpl.Source, convImpl.Value, "convolutions");
                }
                else if (!stream) notes.Refuse(node, "ConvImplementation", convImpl.Source, convImpl.Value, "it only applies to io_stream; io_parallel convolutions are fully unrolled");
                else if (convImpl.Value != "LineBuffer")
                {
                    notes.Refuse(node, "ConvImplementation", convImpl.Source, convImpl.Value,
                        "Hls4Net's io_stream convolutions always use a line buffer (as LineBuffer; the same bits)");
                }
                else
                {
                    context.Log.Debug("layer '{Node:l}': ConvImplementation LineBuffer is Hls4Net's io_stream convolution", node.Name);
                }
            }
            if (resolver.Trace(sections) is { Value: true }) traced.Add(node.Name);
        }
        ModelLevelWithoutTarget(graph, config.Hls.Model, notes);
        notes.Flush(context);
        if (traced.Count > 0)
        {
            context.Log.Information("Trace: true on {Count} layer(s) ({Layers:l}): `hls4net verify` writes their per-layer outputs; the generated C++ has no trace hooks",
                traced.Count, string.Join(", ", traced));
        }
    }

    private static void SoftmaxImplementation(Node node, ResolvedSetting<string> impl, KeyNotes notes)
    {
        // Applied by SoftmaxKeysPass (SoftmaxOp.Variant): argmax always, the table variants under hls4ml semantics.
        if (SoftmaxImplementations.NotApplied(impl.Value, node.Hardware.Semantics) is { } why) notes.Refuse(node, "Implementation", impl.Source, impl.Value, why);
    }

    private static void ParallelizationFactor(Node node, ResolvedSetting<int> pf, bool stream, KeyNotes notes)
    {
        var shape = node.Output.Shape;
        var pixels = shape.Size / shape.Dims[^1];
        var value = pf.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (stream)
        {
            notes.Refuse(node, "ParallelizationFactor", pf.Source, value,
                "io_stream convolutions compute one output pixel per step, as in hls4ml");
        }
        else if (pf.Value != pixels)
        {
            notes.Refuse(node, "ParallelizationFactor", pf.Source, value,
                "the io_parallel top function is one pipeline, so every output pixel of a convolution is computed at once "
                + "(ParallelizationFactor = output pixels); share multipliers with ReuseFactor, or use IOType: io_stream");
        }
    }

    /// <summary>Model-level keys for a kind of layer the model does not have.</summary>
    private static void ModelLevelWithoutTarget(Graph graph, LayerConfig model, KeyNotes notes)
    {
        bool Any<T>() => graph.Nodes.Any(n => n.Op is T);
        var hasConv = graph.Nodes.Any(n => n.Op is ConvBase1DOp or ConvBase2DOp);
        if (model.Implementation is { } i && !Any<SoftmaxOp>()) notes.Unused(model.Path, "Implementation", i, "Softmax layers");
        if (model.Skip is true && !Any<SoftmaxOp>()) notes.Unused(model.Path, "Skip", "true", "Softmax layers");
        if (model.ParallelizationFactor is { } pf && !hasConv)
        {
            notes.Unused(model.Path, "ParallelizationFactor", pf.ToString(System.Globalization.CultureInfo.InvariantCulture), "convolutions");
        }
        if (model.Compression is true && !Any<DenseOp>()) notes.Unused(model.Path, "Compression", "true", "Dense layers");
        if (model.Static is { } st && !Any<RecurrentOp>()) notes.Unused(model.Path, "static", st ? "true" : "false", "recurrent layers");
        if (model.ConvImplementation is { } c && !hasConv) notes.Unused(model.Path, "ConvImplementation", c, "convolutions");
    }
}
