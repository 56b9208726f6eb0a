using Hls4Net.Core.Ir;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// A constant operand of an element-wise op read as one value per channel: a scalar, one value per last axis, or
/// (for channels-first data of rank 2 or more per sample) one value per channel axis, shaped [C, 1, ...] or
/// [1, C, 1, ...]. <see cref="OnChannelAxis"/> tells that the op must be wrapped in channels-last transposes.
/// </summary>
internal sealed record ChannelVector(float[] Values, bool OnChannelAxis)
{
    /// <summary>Classify constant <paramref name="c"/> against layer data <paramref name="x"/>; an error naming input <paramref name="index"/> otherwise.</summary>
    public static ChannelVector Of(OnnxNode node, int index, OnnxConstant c, Value x)
    {
        var dims = x.Shape.Dims;
        var last = dims[^1];
        // Right-align the constant against the ONNX shape [N, dims...]; leading 1s (or a missing batch axis) are fine.
        var rank = dims.Length + 1;
        if (c.Rank > rank) throw node.BadInput(index, $"constant of shape {c.ShapeText} has more axes than the input (rank {rank})");
        var aligned = Enumerable.Repeat(1L, rank - c.Rank).Concat(c.Dims).ToArray();
        if (aligned[0] != 1) throw node.BadInput(index, $"constant of shape {c.ShapeText} varies along the batch axis");
        var sample = aligned.Skip(1).ToArray();
        if (c.Size == 1) return new ChannelVector(Enumerable.Repeat((float)c.Data[0], last).ToArray(), false);
        if (sample[^1] == last && sample.SkipLast(1).All(d => d == 1)) return new ChannelVector(c.ToFloats(), false);
        if (dims.Length >= 2 && sample[0] == dims[0] && sample.Skip(1).All(d => d == 1)) return new ChannelVector(c.ToFloats(), true);
        throw node.BadInput(index, $"constant of shape {c.ShapeText} is not a scalar, a per-channel or a last-axis vector for input shape {x.Shape} per sample");
    }
}
