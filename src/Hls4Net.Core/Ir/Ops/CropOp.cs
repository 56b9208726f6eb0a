using System.Collections.Immutable;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Cropping of the spatial axes of a channels-last tensor ([l, c] or [h, w, c]): <see cref="Before"/>[a] and
/// <see cref="After"/>[a] positions are removed from spatial axis a.
/// </summary>
public sealed class CropOp : Op
{
    public CropOp(int[] before, int[] after)
    {
        if (before.Length != after.Length || before.Length is not (1 or 2)) throw new GraphException("Cropping needs before/after crops for 1 or 2 spatial axes");
        if (before.Concat(after).Any(p => p < 0)) throw new GraphException($"Cropping: negative crops {ZeroPadOp.Text(before, after)} are not supported");
        Before = [.. before];
        After = [.. after];
    }

    public ImmutableArray<int> Before { get; }

    public ImmutableArray<int> After { get; }

    public override string Kind => Before.Length == 1 ? "Cropping1D" : "Cropping2D";

    /// <inheritdoc />
    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, Before.Length + 1);
        var dims = s.Dims.ToArray();
        for (var a = 0; a < Before.Length; a++)
        {
            dims[a] -= Before[a] + After[a];
            if (dims[a] < 1) throw new GraphException($"{Kind}: cropping {Before[a]}+{After[a]} leaves nothing of axis {a} in input {s}");
        }
        return new Shape(dims);
    }

    public override string Describe() => $"{Kind}({ZeroPadOp.Text([.. Before], [.. After])})";
}
