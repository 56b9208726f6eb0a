using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Split of layer data along a non-batch axis (torch.chunk / torch.split below opset 13, torch.split with sizes at any
/// opset) into consecutive ranges: one crop per output (<see cref="AxisCrop"/>). The sizes come from the 'split'
/// attribute (before opset 13), the constant input 1 (from 13), or equal parts (num_outputs from opset 18, else the
/// output count). Computed sizes, sizes that do not add up and a split of the batch axis are refused naming the node.
/// </summary>
internal sealed class SplitMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Split"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("axis", "split", "num_outputs");
        var x = context.Activation(node, 0);
        var rank = x.Shape.Rank + 1; // ONNX rank, with the batch axis
        var onnxAxis = node.Attributes.Int("axis", 0);
        if (onnxAxis < 0) onnxAxis += rank;
        if (onnxAxis <= 0 || onnxAxis >= rank) throw node.BadAttribute("axis", node.Attributes.Int("axis", 0), "only a non-batch axis can be split");
        var axis = (int)onnxAxis - 1;
        var n = x.Shape[axis];
        var outputs = node.Proto.Output.Count;
        if (node.InputName(1) is not null && context.TryConstant(node, 1) is null) throw node.BadInput(1, "the split sizes must be constants");
        var sizes = node.Attributes.Ints("split") ?? context.TryConstant(node, 1)?.ToInt64s();
        if (sizes is null)
        {
            if (n % outputs != 0) throw node.Error($"Split of axis {onnxAxis} (size {n}) into {outputs} equal parts does not divide evenly");
            sizes = Enumerable.Repeat((long)(n / outputs), outputs).ToArray();
        }
        if (sizes.Length != outputs || sizes.Any(s => s < 1) || sizes.Sum() != n)
        {
            throw node.Error($"Split sizes [{string.Join(",", sizes)}] do not cut axis {onnxAxis} of size {n} into {outputs} non-empty parts");
        }
        var begin = 0;
        for (var k = 0; k < outputs; k++)
        {
            var end = begin + (int)sizes[k];
            var name = node.Proto.Output[k];
            if (name.Length > 0)
            {
                try
                {
                    context.SetValue(name, AxisCrop.Range(context.Graph, x, axis, begin, end, $"{node.Name}_{k}"));
                }
                catch (GraphException e)
                {
                    throw node.Error($"ONNX op 'Split' does not fit its input shape {x.Shape}", e.Message);
                }
            }
            begin = end;
        }
    }
}
