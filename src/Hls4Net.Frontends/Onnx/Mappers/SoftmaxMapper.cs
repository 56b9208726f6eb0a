using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Softmax over the last axis. Opset 13+: axis defaults to -1 and means one axis. Before 13: axis defaults to 1 and
/// the input is flattened to 2-D at that axis, so it equals a last-axis softmax when every axis from 'axis' up to the
/// last but one has size 1 (always true for axis 1 on a (batch, features) input).
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
        bool lastAxis;
        if (node.Opset >= 13)
        {
            lastAxis = normalized == rank - 1;
        }
        else
        {
            // Flattened inner block = dims[axis..]; it must be exactly the last axis. Axis 0 would include the batch.
            lastAxis = normalized >= 1 && normalized < rank && x.Shape.Dims.Skip((int)normalized - 1).SkipLast(1).All(d => d == 1);
        }
        if (!lastAxis)
        {
            throw node.BadAttribute("axis", axis, $"only a softmax over the last axis is supported (input shape per sample {x.Shape}, opset {node.Opset})");
        }
        context.AddNode(node, new SoftmaxOp(), x);
    }
}
