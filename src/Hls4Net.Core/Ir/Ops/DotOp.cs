namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Matrix product of two activations per sample (attention's Q·Kᵀ and weights·V): sample shapes [.., M, K] and
/// [.., K, N] (after the optional transposes of the last two axes, <see cref="TransposeA"/>, <see cref="TransposeB"/>)
/// with equal leading axes give [.., M, N]. Rank-1 samples are a row ([1, K]) and, for the second input, a column
/// ([K, 1]), giving [1]. Keras Dot, ONNX MatMul between activations and Einsum's matrix-product equations.
/// </summary>
public sealed class DotOp : Op
{
    public DotOp(bool transposeA = false, bool transposeB = false)
    {
        TransposeA = transposeA;
        TransposeB = transposeB;
    }

    /// <summary>The first input's last two axes are swapped before the product.</summary>
    public bool TransposeA { get; }

    /// <summary>The second input's last two axes are swapped before the product.</summary>
    public bool TransposeB { get; }

    public override string Kind => "Dot";

    private static readonly OpTraits DotTraits = new()
    {
        LayerTypeKeys = ["Dot", "Einsum"],
        PrecisionSlots = [new(PrecisionSlot.Accum)],
    };

    /// <inheritdoc />
    public override OpTraits Traits => DotTraits;

    /// <summary>(batch count, M, K, N) of the product for these input shapes; a <see cref="GraphException"/> when they do not fit.</summary>
    public (int Batches, int M, int K, int N) Dimensions(Shape a, Shape b)
    {
        if (a.Rank == 1 && b.Rank == 1)
        {
            if (a[0] != b[0]) throw new GraphException($"Dot of vectors {a} and {b} needs equal lengths");
            return (1, 1, a[0], 1);
        }
        if (a.Rank != b.Rank || a.Rank < 2) throw new GraphException($"Dot needs inputs of equal rank >= 2 (or two vectors), got {a} and {b}");
        if (!a.Dims.Take(a.Rank - 2).SequenceEqual(b.Dims.Take(b.Rank - 2))) throw new GraphException($"Dot needs equal leading axes, got {a} and {b}");
        int m = TransposeA ? a.Dims[^1] : a.Dims[^2], ka = TransposeA ? a.Dims[^2] : a.Dims[^1];
        int kb = TransposeB ? b.Dims[^1] : b.Dims[^2], n = TransposeB ? b.Dims[^2] : b.Dims[^1];
        if (ka != kb) throw new GraphException($"Dot{Flags()} of {a} and {b}: inner sizes {ka} and {kb} differ");
        return (a.Dims.Take(a.Rank - 2).Aggregate(1, (x, d) => x * d), m, ka, n);
    }

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 2);
        var (_, m, _, n) = Dimensions(inputs[0], inputs[1]);
        if (inputs[0].Rank == 1) return new Shape(1);
        return new Shape(inputs[0].Dims.Take(inputs[0].Rank - 2).Append(m).Append(n).ToArray());
    }

    public override string Describe() => $"Dot{Flags()}";

    private string Flags() => (TransposeA, TransposeB) switch
    {
        (true, true) => "(A^T.B^T)",
        (true, false) => "(A^T.B)",
        (false, true) => "(A.B^T)",
        _ => "(A.B)",
    };
}
