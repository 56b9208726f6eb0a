using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Squeeze and Unsqueeze of layer data on any non-batch axis become per-sample reshapes (axes as an attribute before
/// opset 13, as a constant input from 13). On constants they are folded before they get here. Squeezing the last axis
/// of a [N, 1] tensor (torch's fc(x).squeeze(-1) regression / binary head) leaves one value per sample, [N], which is
/// kept as the per-sample shape [1]: the same values in the same order.
/// </summary>
internal sealed class SqueezeMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Squeeze", "Unsqueeze"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        if (MovedBatchLayout.TrySqueeze(node, context, OnnxConstantFolder.Axes(node, [null, context.TryConstant(node, 1)], 1))) return;
        var x = context.Activation(node, 0);
        if (node.InputName(1) is not null && context.TryConstant(node, 1) is null) throw node.BadInput(1, "the axes must be a constant");
        var axes = OnnxConstantFolder.Axes(node, [null, context.TryConstant(node, 1)], 1);
        // The batch axis is a placeholder of size 2 here so that "squeeze every size-1 axis" never takes it.
        long[] dims = [2, .. x.Shape.Dims.Select(d => (long)d)];
        var result = node.OpType == "Squeeze" ? OnnxConstantFolder.SqueezedDims(node, dims, axes) : OnnxConstantFolder.UnsqueezedDims(node, dims, axes);
        if (node.OpType == "Squeeze" && result.Length == 1 && result[0] == 2 && dims.Length > 1)
        {
            SampleReshape.Apply(node, context, x, new Shape(1));
            return;
        }
        var batchKept = result.Length > 1 && result[0] == 2 && (node.OpType == "Squeeze" || axes!.All(a => a != 0 && a != -result.Length));
        if (!batchKept) throw node.BadAttribute("axes", "[" + string.Join(",", axes ?? []) + "]", "the batch axis (axis 0) must stay the first axis");
        SampleReshape.Apply(node, context, x, new Shape(result.Skip(1).Select(d => (int)d).ToArray()));
    }
}
