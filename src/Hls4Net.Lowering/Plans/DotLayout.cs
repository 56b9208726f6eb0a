using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Where element (i, t) of the left matrix and (t, j) of the right matrix of a <see cref="DotOp"/> lie within one
/// group of the leading axes (row-major, honouring the transposes); shared by the kernels and the emitter's config.
/// </summary>
public sealed record DotLayout(int Batches, int M, int K, int N, bool TransposeA, bool TransposeB)
{
    /// <summary>The layout of <paramref name="op"/> on inputs of shapes <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static DotLayout For(DotOp op, Shape a, Shape b)
    {
        var (batches, m, k, n) = op.Dimensions(a, b);
        return new DotLayout(batches, m, k, n, op.TransposeA, op.TransposeB);
    }

    /// <summary>Offset of left element (i, t) in its group.</summary>
    public int A(int i, int t) => TransposeA ? t * M + i : i * K + t;

    /// <summary>Offset of right element (t, j) in its group.</summary>
    public int B(int t, int j) => TransposeB ? j * K + t : t * N + j;
}
