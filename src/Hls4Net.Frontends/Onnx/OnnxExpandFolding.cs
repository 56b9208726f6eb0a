namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Expand of a constant to a constant shape (numpy broadcasting: a 1 takes the other size). torch's zero initial state
/// of a recurrent layer at opset 11 is Expand(zeros, [1, batch, hidden]) with the batch read from a Shape, which folds
/// with size 0 for the batch (the folder's placeholder), like ConstantOfShape: an empty constant. A non-zero value
/// expanded over the batch is refused, so that an empty constant always stands for zeros. A fixed-batch export's x
/// already has the batch size on that axis ([1, 16, hidden] expanded to [1, batch, hidden]); it folds the same way.
/// </summary>
internal static class OnnxExpandFolding
{
    public static OnnxConstant Evaluate(OnnxNode node, OnnxConstant x, OnnxConstant shape, int maxValues)
    {
        node.Attributes.EnsureOnly();
        var target = shape.ToInt64s();
        if (target.Any(d => d < 0)) throw node.BadInput(1, $"Expand to a negative size [{string.Join(",", target)}]");
        var rank = Math.Max(x.Rank, target.Length);
        long[] Pad(long[] d) => [.. Enumerable.Repeat(1L, rank - d.Length), .. d];
        var dx = Pad(x.Dims);
        var dt = Pad(target);
        var dims = new long[rank];
        for (var i = 0; i < rank; i++)
        {
            // 0 is the batch placeholder: a fixed-batch export bakes its batch size into x (torch's [1, 16, hidden]).
            if (dt[i] == 0)
            {
                dims[i] = 0;
                continue;
            }
            if (dx[i] != dt[i] && dx[i] != 1 && dt[i] != 1) throw node.Error($"Expand of a constant of shape {x.ShapeText} to [{string.Join(",", target)}]: the shapes do not broadcast");
            dims[i] = dx[i] == 1 ? dt[i] : dx[i];
        }
        var size = dims.Aggregate(1L, (p, d) => p > maxValues ? p : p * d);
        if (size > maxValues) throw node.Error($"Expand of a constant to [{string.Join(",", target)}] is too large (more than {maxValues} values)");
        if (size == 0)
        {
            if (x.Data.Any(v => v != 0)) throw node.Error("Expand of a non-zero constant over the batch axis is not supported (only zeros, e.g. a recurrent layer's initial state)");
            return new OnnxConstant(node.OutputName, dims, [], x.ElementType);
        }
        var strides = new long[rank];
        for (long i = rank - 1, s = 1; i >= 0; i--)
        {
            strides[i] = s;
            s *= dx[i];
        }
        var data = new double[size];
        var index = new long[rank];
        for (long k = 0; k < size; k++)
        {
            long src = 0;
            for (var a = 0; a < rank; a++) if (dx[a] != 1) src += index[a] * strides[a];
            data[k] = x.Data[src];
            for (var a = rank - 1; a >= 0; a--)
            {
                if (++index[a] < dims[a]) break;
                index[a] = 0;
            }
        }
        return new OnnxConstant(node.OutputName, dims, data, x.ElementType);
    }
}
