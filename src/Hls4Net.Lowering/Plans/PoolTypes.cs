using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Plans;

/// <summary>
/// Types used by averaging (pooling averages and the Average merge), shared with the Vitis emitters so both sides
/// use the same ones. An average is <c>acc * inv_t(1.0 / n)</c>: the reciprocal of the count n is the double 1.0/n
/// converted into <see cref="InverseType"/> (exact when n is a power of two up to 2^17, otherwise rounded to nearest),
/// the product is exact and is stored once into res_t.
/// </summary>
public static class PoolTypes
{
    /// <summary>The reciprocal's type: ap_ufixed&lt;18,1,AP_RND,AP_SAT&gt; (17 fraction bits, holds 1/1 = 1.0).</summary>
    public static readonly FixedType InverseType = new(18, 1, false, QuantMode.Rnd, OverflowMode.Sat);

    /// <summary>Raw code of 1/n in <see cref="InverseType"/>.</summary>
    public static long InverseRaw(int n) => FixedMath.FromDouble(1.0 / n, InverseType);

    /// <summary>
    /// Accumulator of an average pool over windows of up to <paramref name="window"/> values: the node's
    /// <c>Precision.Accum</c> when assigned, else the input type widened by ceil(log2(window)) integer bits (exact).
    /// </summary>
    public static FixedType Accum(Node node, FixedType input, int window)
    {
        if (node.Precision.Accum is { } assigned) return LayerTypes.Fast(node, assigned, "accum");
        var extra = window <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(window));
        return LayerTypes.Fast(node, new FixedType(input.Width + extra, input.IntBits + extra, input.Signed), "accum");
    }

    /// <summary>The average-pool accumulator of any width (for the wide path and the emitters): the assigned accum, else the input widened by ceil(log2(window)) integer bits.</summary>
    public static FixedType AnyWidthAccum(Node node, FixedType input, int window)
    {
        if (node.Precision.Accum is { } assigned) return assigned;
        var extra = window <= 1 ? 0 : (int)Math.Ceiling(Math.Log2(window));
        CppWidth.Require(node, (long)input.Width + extra, $"average accumulator ({input} widened by {extra} integer bits)");
        return new FixedType(input.Width + extra, input.IntBits + extra, input.Signed);
    }
}
