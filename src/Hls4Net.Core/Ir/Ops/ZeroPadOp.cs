using System.Collections.Immutable;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Zero padding of the spatial axes of a channels-last tensor ([l, c] or [h, w, c]): <see cref="Before"/>[a] and
/// <see cref="After"/>[a] zeros are added on spatial axis a. Channels are never padded.
/// </summary>
public sealed class ZeroPadOp : Op
{
    public ZeroPadOp(int[] before, int[] after)
    {
        if (before.Length != after.Length || before.Length is not (1 or 2)) throw new GraphException("ZeroPadding needs before/after pads for 1 or 2 spatial axes");
        if (before.Concat(after).Any(p => p < 0)) throw new GraphException($"ZeroPadding: negative pads {Text(before, after)} are not supported");
        Before = [.. before];
        After = [.. after];
    }

    public ImmutableArray<int> Before { get; }

    public ImmutableArray<int> After { get; }

    public override string Kind => Before.Length == 1 ? "ZeroPadding1D" : "ZeroPadding2D";

    /// <inheritdoc />
    public override OpTraits Traits => new() { LayerTypeKeys = [Kind] };

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        var s = SpatialRules.SingleInputOfRank(this, inputs, Before.Length + 1);
        var dims = s.Dims.ToArray();
        for (var a = 0; a < Before.Length; a++) dims[a] += Before[a] + After[a];
        return new Shape(dims);
    }

    public override string Describe() => $"{Kind}({Text([.. Before], [.. After])})";

    internal static string Text(int[] before, int[] after) =>
        string.Join(",", before.Select((b, i) => $"{b}/{after[i]}"));
}
