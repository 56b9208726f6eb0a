using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ReduceMean / ReduceMax over every per-sample axis but one, as global average / max pooling: over the axes after
/// the first of a channels-first [C, L] or [C, H, W] value (torch's x.mean(dim=(2, 3))), or over the axes before the
/// last of a channels-last [P, F] or [H, W, F] value (a Deep Sets / particle-flow mean over the particles after a
/// per-particle Linear). keepdims 1 keeps the reduced axes as 1. Any other axes (the batch, every axis, one axis of
/// three) are refused naming the node.
/// </summary>
internal sealed class ReduceMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["ReduceMean", "ReduceMax"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axes", "keepdims", "noop_with_empty_axes");
        var x = context.Activation(node, 0);
        if (node.InputName(1) is not null && context.TryConstant(node, 1) is null) throw node.BadInput(1, "the axes must be a constant");
        var keepDims = node.Attributes.Int("keepdims", 1) != 0;
        var axes = Axes(node, context);
        var rank = x.Shape.Rank;
        var kind = node.OpType == "ReduceMax" ? PoolKind.Max : PoolKind.Average;
        var listed = "[" + string.Join(",", axes ?? []) + "]";
        if (axes is null || axes.Length == 0)
        {
            if (node.Attributes.Int("noop_with_empty_axes", 0) != 0)
            {
                context.AddNode(node, new IdentityOp(node.OpType), x);
                return;
            }
            throw node.BadAttribute("axes", listed, "reducing every axis (the batch too) is not supported; name the axes to reduce");
        }
        // ONNX axes count the batch as axis 0; per-sample axis = ONNX axis - 1.
        var perSample = axes.Select(a => (int)((a < 0 ? a + rank + 1 : a) - 1)).Order().ToArray();
        if (perSample.Any(a => a < 0 || a >= rank))
        {
            throw node.BadAttribute("axes", listed, "the batch axis (axis 0) cannot be reduced; reduce axes 1 to " + rank);
        }
        var channelsFirst = rank is 2 or 3 && perSample.SequenceEqual(Enumerable.Range(1, rank - 1));
        var channelsLast = rank is 2 or 3 && perSample.SequenceEqual(Enumerable.Range(0, rank - 1));
        if (!channelsFirst && !channelsLast)
        {
            throw node.BadAttribute("axes", listed,
                $"only a reduction over every axis but the channels is supported: axes after the first or before the last of the per-sample shape {x.Shape}");
        }
        Value pooled;
        try
        {
            pooled = channelsFirst
                ? ChannelsFirst.Wrap(node, context, new GlobalPoolOp(kind), x, transposeBack: false)
                : context.AddNode(node, new GlobalPoolOp(kind), x);
        }
        catch (GraphException e)
        {
            throw node.Error($"ONNX op '{node.OpType}' does not fit its input shape {x.Shape}", e.Message);
        }
        if (!keepDims) return;
        var ones = Enumerable.Repeat(1, rank - 1);
        int[] dims = channelsFirst ? [pooled.Shape[0], .. ones] : [.. ones, pooled.Shape[0]];
        var keep = new Shape(dims);
        var reshaped = context.Graph.Add($"{node.Name}_keepdims", new ReshapeOp(keep), pooled).Output;
        context.SetValue(node.OutputName, reshaped);
    }

    /// <summary>The axes attribute (before opset 18) or constant input 1 (from 18), or null.</summary>
    private static long[]? Axes(OnnxNode node, OnnxImportContext context) =>
        node.Attributes.Ints("axes") ?? context.TryConstant(node, 1)?.ToInt64s();
}
