using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// The table layout of one activation function: the covered input range [Lo, Lo + 2^Log2Span), what happens
/// outside the table (<see cref="Tail"/>), and the function sampled at the bin centres.
/// </summary>
public sealed record TableFunction(ActivationKind Kind, int Log2Span, TableRange Range, TableTail Tail, Func<double, double> Evaluate, double Scale = 1)
{
    /// <summary>SELU's default alpha (ONNX/Keras).</summary>
    public const double SeluAlpha = 1.6732632423543772848170429916717;

    /// <summary>SELU's default scale (gamma).</summary>
    public const double SeluScale = 1.0507009873554804934193349852946;

    /// <summary>Length of the covered input interval, 2^Log2Span.</summary>
    public double Span => Math.ScaleB(1.0, Log2Span);

    /// <summary>Lower bound of the covered interval: -Span/2, -Span for negative-only tables, 0 for non-negative ones.</summary>
    public double Lo => Range switch
    {
        TableRange.Negative => -Span,
        TableRange.NonNegative => 0,
        _ => -Span / 2,
    };

    /// <summary>The table indexer's offset base for <paramref name="size"/> entries (TableIndexer): N, 2N or 0.</summary>
    public long IndexOffset(int size) => Range switch
    {
        TableRange.Negative => 2L * size,
        TableRange.NonNegative => 0,
        _ => size,
    };

    /// <summary>Upper bound (exclusive) of the covered interval.</summary>
    public double Hi => Lo + Span;

    /// <summary>
    /// The layout for <paramref name="op"/>: sigmoid, softsign, softplus over [-8, 8); tanh over [-4, 4);
    /// elu and selu over [-8, 0) with exact x (elu) or x*scale (selu) for x &gt;= 0; softplus returns x for x &gt;= 8;
    /// probit over [0, 1) (inputs outside use the first or last entry, Φ⁻¹ at the first or last bin centre).
    /// </summary>
    public static TableFunction For(ActivationOp op) => op.Function switch
    {
        ActivationKind.Sigmoid => new(op.Function, 4, TableRange.Symmetric, TableTail.Clamp, x => 1 / (1 + Math.Exp(-x))),
        ActivationKind.Tanh => new(op.Function, 3, TableRange.Symmetric, TableTail.Clamp, Math.Tanh),
        ActivationKind.Softsign => new(op.Function, 4, TableRange.Symmetric, TableTail.Clamp, x => x / (1 + Math.Abs(x))),
        ActivationKind.Softplus => new(op.Function, 4, TableRange.Symmetric, TableTail.IdentityAboveRange,
            x => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)))),
        ActivationKind.Probit => new(op.Function, 0, TableRange.NonNegative, TableTail.Clamp, NormalQuantile.Of),
        ActivationKind.Elu => Elu(op.Alpha),
        ActivationKind.Selu => Selu(op.Alpha > 0 ? op.Alpha : SeluAlpha, op.Beta > 0 ? op.Beta : SeluScale),
        _ => throw new GraphException($"activation {op.Function} is not evaluated through a table"),
    };

    private static TableFunction Elu(double alpha) =>
        new(ActivationKind.Elu, 3, TableRange.Negative, TableTail.IdentityNonNegative, x => alpha * (Math.Exp(x) - 1));

    private static TableFunction Selu(double alpha, double scale) =>
        new(ActivationKind.Selu, 3, TableRange.Negative, TableTail.ScaleNonNegative, x => scale * alpha * (Math.Exp(x) - 1), scale);
}
