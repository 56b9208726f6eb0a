using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>Concat of two or more computed tensors along any non-batch axis (in the ONNX layout; ChannelsLastPass remaps it).</summary>
internal sealed class ConcatMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Concat"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axis");
        if (!node.Attributes.Has("axis") && node.Opset >= 4) throw node.Error("Concat is missing its 'axis' attribute");
        var inputs = Enumerable.Range(0, node.InputCount).Select(i => context.Activation(node, i)).ToArray();
        if (inputs.Length == 1)
        {
            context.AddNode(node, new IdentityOp("Concat"), inputs);
            return;
        }
        var rank = inputs[0].Shape.Rank + 1;
        var axis = node.Attributes.Int("axis", 1);
        var normalized = axis < 0 ? axis + rank : axis;
        if (normalized <= 0 || normalized >= rank) throw node.BadAttribute("axis", axis, $"only a non-batch axis of inputs of rank {rank} can be concatenated");
        context.AddNode(node, new ConcatOp((int)normalized - 1), inputs);
    }
}
