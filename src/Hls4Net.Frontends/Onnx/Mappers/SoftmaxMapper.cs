using Hls4Net.Frontends.Sequence;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Softmax on any axis but the batch one. Opset 13+: axis defaults to -1 and means one axis (a softmax over an inner
/// axis is Transpose → Softmax → Transpose). Before 13: axis defaults to 1 and the input is flattened to 2-D at that
/// axis, so the softmax runs over the block of axes <c>[axis..]</c> (Reshape → Softmax → Reshape when that block is
/// more than the last axis); see <see cref="SoftmaxOnAxis"/>.
/// </summary>
internal sealed class SoftmaxMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Softmax"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axis");
        var x = context.Activation(node, 0);
        var rank = x.Shape.Rank + 1; // ONNX rank, batch included
        var axis = node.Attributes.Int("axis", node.Opset >= 13 ? -1 : 1);
        var normalized = axis < 0 ? axis + rank : axis;
        if (normalized < 1 || normalized >= rank)
        {
            throw node.BadAttribute("axis", axis, $"a softmax over the batch axis (or outside the rank) is not supported (input shape per sample {x.Shape}, opset {node.Opset})");
        }
        var sampleAxis = (int)normalized - 1;
        var name = node.Name;
        var result = node.Opset >= 13
            ? SoftmaxOnAxis.OneAxis(context.Graph, name, x, sampleAxis)
            : SoftmaxOnAxis.TrailingBlock(context.Graph, name, x, sampleAxis);
        context.SetValue(node.OutputName, result);
    }
}
