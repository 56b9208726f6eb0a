using System.Collections.Immutable;

namespace Hls4Net.Core.Ir;

/// <summary>A tensor shape without the batch dimension. Row-major element order.</summary>
public sealed class Shape : IEquatable<Shape>
{
    public Shape(params int[] dims) : this(ImmutableArray.Create(dims)) { }

    public Shape(ImmutableArray<int> dims)
    {
        foreach (var d in dims)
        {
            if (d <= 0) throw new ArgumentException($"shape dimension must be positive, got {d}");
        }
        Dims = dims;
    }

    public ImmutableArray<int> Dims { get; }

    public int Rank => Dims.Length;

    public int this[int axis] => Dims[axis];

    /// <summary>Total number of elements.</summary>
    public int Size
    {
        get
        {
            var n = 1;
            foreach (var d in Dims) n = checked(n * d);
            return n;
        }
    }

    public bool Equals(Shape? other) => other is not null && Dims.SequenceEqual(other.Dims);

    public override bool Equals(object? obj) => Equals(obj as Shape);

    public override int GetHashCode()
    {
        var h = new HashCode();
        foreach (var d in Dims) h.Add(d);
        return h.ToHashCode();
    }

    public override string ToString() => Rank == 0 ? "scalar" : string.Join("x", Dims);
}
