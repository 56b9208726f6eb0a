using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Ir;

/// <summary>
/// Per-layer fixed-point types other than the result type. Null means "not used by this op".
/// Names follow hls4ml's precision keys: weight, bias, accum, table, exp_table, inv_table.
/// </summary>
public sealed record LayerPrecision(
    FixedType? Weight = null,
    FixedType? Bias = null,
    FixedType? Accum = null,
    FixedType? Table = null,
    FixedType? ExpTable = null,
    FixedType? InvTable = null,
    int TableSize = 1024)
{
    public static LayerPrecision Unassigned { get; } = new();
}
