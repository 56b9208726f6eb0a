namespace Hls4Net.Lowering.Tables;

/// <summary>Where a table's covered input interval of length 2^Log2Span lies.</summary>
public enum TableRange
{
    /// <summary>[-span/2, span/2) (sigmoid, tanh, softsign, softplus).</summary>
    Symmetric,

    /// <summary>[-span, 0) (elu, selu: the non-negative side is computed exactly).</summary>
    Negative,

    /// <summary>[0, span) (probit over [0, 1)).</summary>
    NonNegative,
}
