namespace Hls4Net.Core.Ir.Ops;

/// <summary>Concatenation of two or more tensors along <see cref="Axis"/> (a non-batch axis, 0-based); other axes must match.</summary>
public sealed class ConcatOp : Op, IAxisRemappable
{
    public ConcatOp(int axis)
    {
        if (axis < 0) throw new GraphException($"Concatenate axis {axis} must be non-negative (normalized, without the batch axis)");
        Axis = axis;
    }

    public int Axis { get; }

    public override string Kind => "Concatenate";

    private static readonly OpTraits ConcatTraits = new()
    {
        LayerTypeKeys = ["Concatenate"],
        ChannelsLast = ChannelsLastRole.Merge,
    };

    /// <inheritdoc />
    public override OpTraits Traits => ConcatTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        if (inputs.Count < 2) throw new GraphException($"Concatenate expects at least 2 inputs, got {inputs.Count}");
        var first = inputs[0];
        if (Axis >= first.Rank) throw new GraphException($"Concatenate axis {Axis} is out of range for input shape {first}");
        var total = 0;
        foreach (var s in inputs)
        {
            var fits = s.Rank == first.Rank && Enumerable.Range(0, s.Rank).All(a => a == Axis || s[a] == first[a]);
            if (!fits) throw new GraphException($"Concatenate on axis {Axis}: input shapes {string.Join(", ", inputs)} do not match");
            total += s[Axis];
        }
        return new Shape(first.Dims.SetItem(Axis, total));
    }

    public override string Describe() => $"Concatenate(axis={Axis})";

    /// <summary>The concatenation axis of the untransposed inputs.</summary>
    public Op WithAxesPermuted(IReadOnlyList<int> perm) => new ConcatOp(perm[Axis]);
}
