using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Config;

/// <summary>Built-in precisions used when no config level names one (hls4ml's defaults where they exist).</summary>
public static class PrecisionDefaults
{
    /// <summary>
    /// Result, weight, bias and accumulator type: hls4ml's <c>ap_fixed&lt;16,6&gt;</c>. Like hls4ml, the accumulator
    /// falls back to the layer's default precision, which is a known source of silent overflow in large dot
    /// products (hls4ml issue #324); the overflow counters of the emulator show it.
    /// </summary>
    public static FixedType Default { get; } = FixedType.Parse("ap_fixed<16,6>");

    /// <summary>Activation lookup tables (sigmoid, tanh, ...): hls4ml's <c>ap_fixed&lt;18,8&gt;</c>.</summary>
    public static FixedType Table { get; } = FixedType.Parse("ap_fixed<18,8>");

    /// <summary>Softmax exponential table (values in (0, 1] after max subtraction). Owned by the softmax kernel.</summary>
    public static FixedType ExpTable { get; } = FixedType.Parse("ap_ufixed<18,1,AP_RND,AP_SAT>");

    /// <summary>Softmax reciprocal table (1/sum with sum &gt;= 1). Owned by the softmax kernel.</summary>
    public static FixedType InvTable { get; } = FixedType.Parse("ap_ufixed<18,1,AP_RND,AP_SAT>");

    /// <summary>Entries in activation and softmax tables.</summary>
    public const int TableSize = 1024;

    /// <summary>The built-in type of <paramref name="slot"/>.</summary>
    public static FixedType For(PrecisionSlot slot) =>
        slot.Equals(PrecisionSlot.Table) ? Table
        : slot.Equals(PrecisionSlot.ExpTable) ? ExpTable
        : slot.Equals(PrecisionSlot.InvTable) ? InvTable
        : Default;
}
