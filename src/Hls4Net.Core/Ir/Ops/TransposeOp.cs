using System.Collections.Immutable;

namespace Hls4Net.Core.Ir.Ops;

/// <summary>
/// Permutation of the (non-batch) axes: output axis i is input axis <see cref="Perm"/>[i], so
/// out[i0, i1, ...] = in[j] with j[Perm[i]] = i_i (numpy.transpose semantics).
/// </summary>
public sealed class TransposeOp : Op
{
    public TransposeOp(params int[] perm)
    {
        if (perm.Length == 0 || !perm.OrderBy(p => p).SequenceEqual(Enumerable.Range(0, perm.Length)))
        {
            throw new GraphException($"Transpose permutation [{string.Join(",", perm)}] is not a permutation of 0..{perm.Length - 1}");
        }
        Perm = [.. perm];
    }

    public ImmutableArray<int> Perm { get; }

    /// <summary>True when the permutation leaves every axis in place.</summary>
    public bool IsIdentity => Perm.Select((p, i) => p == i).All(b => b);

    public override string Kind => "Transpose";

    private static readonly OpTraits TransposeTraits = new()
    {
        LayerTypeKeys = ["Transpose", "Permute"],
    };

    /// <inheritdoc />
    public override OpTraits Traits => TransposeTraits;

    public override Shape InferShape(IReadOnlyList<Shape> inputs)
    {
        ShapeRules.ExpectInputs(this, inputs, 1);
        var s = inputs[0];
        if (s.Rank != Perm.Length) throw new GraphException($"Transpose [{string.Join(",", Perm)}] does not fit input shape {s}");
        return new Shape(Perm.Select(p => s[p]).ToArray());
    }

    /// <summary>The permutation that undoes this one.</summary>
    public int[] Inverse()
    {
        var inv = new int[Perm.Length];
        for (var i = 0; i < Perm.Length; i++) inv[Perm[i]] = i;
        return inv;
    }

    public override string Describe() => $"Transpose([{string.Join(",", Perm)}])";
}
