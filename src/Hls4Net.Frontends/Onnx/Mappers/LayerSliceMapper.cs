using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// Slice of layer data (x[:, 1:4], torch.chunk / split's slices) with constant starts, ends, axes and step 1 on
/// non-batch axes: one crop per sliced axis (<see cref="AxisCrop"/>). Slice on constants is folded before mapping.
/// Steps other than 1, a sliced batch axis, computed bounds and empty ranges are refused naming the node.
/// </summary>
internal sealed class LayerSliceMapper : IOnnxOpMapper
{
    public IReadOnlyList<string> OpTypes { get; } = ["Slice"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var x = context.Activation(node, 0);
        if (node.Opset >= 10)
        {
            for (var i = 1; i < node.InputCount; i++)
            {
                if (node.InputName(i) is not null && context.TryConstant(node, i) is null) throw node.BadInput(i, "the slice bounds must be constants");
            }
        }
        var (starts, ends, axes, steps) = OnnxSliceArguments.Read(node, i => context.TryConstant(node, i));
        var rank = x.Shape.Rank + 1; // ONNX rank, with the batch axis
        var value = x;
        for (var k = 0; k < axes.Length; k++)
        {
            var onnxAxis = axes[k] < 0 ? axes[k] + rank : axes[k];
            if (onnxAxis <= 0 || onnxAxis >= rank) throw node.BadInput(3, $"axis {axes[k]} is the batch axis or outside the rank {rank}; only non-batch axes can be sliced");
            if (steps is not null && steps[k] != 1) throw node.BadInput(4, $"step {steps[k]} is not supported (only contiguous slices, step 1)");
            var axis = (int)onnxAxis - 1;
            var n = x.Shape[axis];
            long Norm(long v) => Math.Clamp(v < 0 ? v + n : v, 0, n);
            var (begin, end) = ((int)Norm(starts[k]), (int)Norm(ends[k]));
            if (end <= begin) throw node.Error($"Slice of axis {onnxAxis} from {starts[k]} to {ends[k]} is empty");
            try
            {
                value = AxisCrop.Range(context.Graph, value, axis, begin, end, k == 0 ? node.Name : $"{node.Name}_{k}");
            }
            catch (GraphException e)
            {
                throw node.Error($"ONNX op 'Slice' does not fit its input shape {x.Shape}", e.Message);
            }
        }
        if (ReferenceEquals(value, x))
        {
            context.AddNode(node, new Core.Ir.Ops.IdentityOp(node.OpType), x);
            return;
        }
        context.SetValue(node.OutputName, value);
    }
}
