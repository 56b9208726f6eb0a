using System.Collections.Immutable;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Nearest-neighbour upsampling by integer factors on the spatial axes of a channels-last tensor
/// ([l, c] or [h, w, c]): out[i, ..] = in[i / Scales[0], ..].
/// </summary>
public sealed class UpsampleOp : Op
{
    public UpsampleOp(params int[] scales)
    {
        if (scales.Length is not (1 or 2) || scales.Any(s => s < 1))
        {
            throw new GraphException($"UpSampling needs positive integer scales for 1 or 2 spatial axes, got [{string.Join(",", scales)}]");
        }
        Scales = [.. scales];
    }

    public ImmutableArray<int> Scales { get; }

    public override string Kind => Scales.Length == 1 ? "UpSampling1D" : "UpSampling2D";

    /// <inheritdoc />
    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, Scales.Length + 1);
        var dims = s.Dims.ToArray();
        for (var a = 0; a < Scales.Length; a++) dims[a] = checked(dims[a] * Scales[a]);
        return new Shape(dims);
    }

    public override string Describe() => $"{Kind}({string.Join("x", Scales)})";
}
