using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// The table layout of one activation function: the covered input range [Lo, Lo + 2^Log2Span), what happens
/// outside the table (<see cref="Tail"/>), and the function sampled at the bin centres.
/// </summary>
public sealed record TableFunction(ActivationKind Kind, int Log2Span, bool NegativeOnly, TableTail Tail, Func<double, double> Evaluate, double Scale = 1)
{
    /// <summary>SELU's default alpha (ONNX/Keras).</summary>
    public const double SeluAlpha = 1.6732632423543772848170429916717;

    /// <summary>SELU's default scale (gamma).</summary>
    public const double SeluScale = 1.0507009873554804934193349852946;

    /// <summary>Length of the covered input interval, 2^Log2Span.</summary>
    public double Span => Math.ScaleB(1.0, Log2Span);

    /// <summary>Lower bound of the covered interval: -Span/2, or -Span for negative-only tables.</summary>
    public double Lo => NegativeOnly ? -Span : -Span / 2;

    /// <summary>Upper bound (exclusive) of the covered interval.</summary>
    public double Hi => Lo + Span;

    /// <summary>
    /// The layout for <paramref name="op"/>: sigmoid, softsign, softplus over [-8, 8); tanh over [-4, 4);
    /// elu and selu over [-8, 0) with exact x (elu) or x*scale (selu) for x &gt;= 0; softplus returns x for x &gt;= 8.
    /// </summary>
    public static TableFunction For(ActivationOp op) => op.Function switch
    {
        ActivationKind.Sigmoid => new(op.Function, 4, false, TableTail.Clamp, x => 1 / (1 + Math.Exp(-x))),
        ActivationKind.Tanh => new(op.Function, 3, false, TableTail.Clamp, Math.Tanh),
        ActivationKind.Softsign => new(op.Function, 4, false, TableTail.Clamp, x => x / (1 + Math.Abs(x))),
        ActivationKind.Softplus => new(op.Function, 4, false, TableTail.IdentityAboveRange,
            x => Math.Max(x, 0) + Math.Log(1 + Math.Exp(-Math.Abs(x)))),
        ActivationKind.Elu => Elu(op.Alpha),
        ActivationKind.Selu => Selu(op.Alpha > 0 ? op.Alpha : SeluAlpha, op.Beta > 0 ? op.Beta : SeluScale),
        _ => throw new GraphException($"activation {op.Function} is not evaluated through a table"),
    };

    private static TableFunction Elu(double alpha) =>
        new(ActivationKind.Elu, 3, true, TableTail.IdentityNonNegative, x => alpha * (Math.Exp(x) - 1));

    private static TableFunction Selu(double alpha, double scale) =>
        new(ActivationKind.Selu, 3, true, TableTail.ScaleNonNegative, x => scale * alpha * (Math.Exp(x) - 1), scale);
}
