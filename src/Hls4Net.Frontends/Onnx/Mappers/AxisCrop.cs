using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// A contiguous range [begin, end) of one per-sample axis of layer data, built from <see cref="CropOp"/>: an axis
/// before the last of a rank-2 or rank-3 value is a spatial axis of the channels-last view and is cropped as it is;
/// the last axis is first moved to the front (Transpose), cropped, and moved back; a rank-1 value is viewed as [F, 1].
/// </summary>
internal static class AxisCrop
{
    /// <summary><paramref name="x"/> with per-sample axis <paramref name="axis"/> cut to [begin, end); nodes named after <paramref name="name"/>.</summary>
    public static Value Range(Graph graph, Value x, int axis, int begin, int end, string name)
    {
        var dims = x.Shape.Dims;
        var rank = dims.Length;
        if (begin == 0 && end == dims[axis]) return x;
        if (rank == 1)
        {
            var column = graph.Add($"{name}_as_column", new ReshapeOp(new Shape(dims[0], 1)), x).Output;
            var cut = Range(graph, column, 0, begin, end, name);
            return graph.Add($"{name}_as_vector", new FlattenOp(), cut).Output;
        }
        if (rank > 3) throw new GraphException($"slicing a per-sample rank-{rank} value is not supported (rank 1 to 3)");
        if (axis < rank - 1) return graph.Add(name, Crop(rank, axis, begin, dims[axis] - end), x).Output;
        var front = graph.Add($"{name}_to_front", new TransposeOp(ChannelsFirst.ToFirst(rank)), x).Output;
        var cropped = graph.Add(name, Crop(rank, 0, begin, dims[axis] - end), front).Output;
        return graph.Add($"{name}_to_back", new TransposeOp(ChannelsFirst.ToLast(rank)), cropped).Output;
    }

    private static CropOp Crop(int rank, int axis, int before, int after)
    {
        var b = new int[rank - 1];
        var a = new int[rank - 1];
        b[axis] = before;
        a[axis] = after;
        return new CropOp(b, a);
    }
}
