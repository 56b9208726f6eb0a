using Hls4Net.Core.Ir;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// The exact integer arithmetic that maps a raw input code r (value r*2^-F) to a table index, shared by the
/// emulator and the C++ kernels (nnet_activation_table.h, nnet_softmax.h):
/// <c>v = (((r * Multiplier) &lt;&lt; PreShift) + (OffsetBase &lt;&lt; PostShift)) &gt;&gt; (PostShift + 1)</c>
/// (arithmetic shift, i.e. floor), then <c>index = clamp(v, 0, Size - 1)</c>.
/// With Multiplier = 2N and s = F + log2(span): PreShift = max(-s, 0), PostShift = max(s, 0), so that
/// v = floor(r*2^-F * N/span + OffsetBase/2). OffsetBase = N gives a table over [-span/2, span/2), 0 a table over [0, span),
/// 2N a table over [-span, 0), and 1 rounds to the nearest entry of a table over [0, span).
/// </summary>
public sealed class TableIndexer
{
    /// <summary>Widest intermediate the emulator's Int128 arithmetic (<see cref="Scaled"/>, <see cref="Index"/>) supports;
    /// wider ones use <see cref="ScaledWide"/> and <see cref="IndexWide"/> (the kernels' wide path).</summary>
    public const int MaxIndexWidth = 126;

    /// <summary>Creates the indexer for raw codes held in a signed container of <paramref name="rawWidth"/> bits.</summary>
    /// <param name="rawWidth">Bits of a signed integer that holds every raw code (W for ap_fixed, W+1 for ap_ufixed).</param>
    /// <param name="fracBits">Fraction bits F of the input (may be negative).</param>
    /// <param name="size">Number of table entries N (at least 1).</param>
    /// <param name="log2Span">The table covers an input interval of length 2^log2Span.</param>
    /// <param name="offsetBase">N (symmetric range), 2N (range [-span, 0)) or 1 (round to nearest over [0, span)).</param>
    public TableIndexer(int rawWidth, int fracBits, int size, int log2Span, long offsetBase)
    {
        if (size < 1) throw new GraphException($"table size must be at least 1, got {size}");
        Size = size;
        Multiplier = 2L * size;
        OffsetBase = offsetBase;
        long s = (long)fracBits + log2Span;
        PreShift = (int)Math.Max(-s, 0);
        PostShift = (int)Math.Max(s, 0);
        int productBits = rawWidth + BitLength(Multiplier) + PreShift;
        int offsetBits = BitLength(offsetBase) + PostShift + 1;
        IndexWidth = Math.Max(productBits, offsetBits) + 1;
        if (IndexWidth > Hls4Net.Core.Numerics.FixedType.MaxIntWidth)
            throw new GraphException($"table index arithmetic needs {IndexWidth} bits (input fraction bits {fracBits}); ap_int allows at most {Hls4Net.Core.Numerics.FixedType.MaxIntWidth}");
    }

    /// <summary>Number of entries N.</summary>
    public int Size { get; }

    /// <summary>2N.</summary>
    public long Multiplier { get; }

    /// <summary>Left shift applied to r*2N (non-zero only when F + log2(span) &lt; 0).</summary>
    public int PreShift { get; }

    /// <summary>Constant added (shifted left by <see cref="PostShift"/>) before the final shift.</summary>
    public long OffsetBase { get; }

    /// <summary>The final right shift is PostShift + 1.</summary>
    public int PostShift { get; }

    /// <summary>Width of the signed integer (ap_int) that holds every intermediate exactly.</summary>
    public int IndexWidth { get; }

    /// <summary>The unclamped index v (may be negative or at least N for inputs outside the table's range).</summary>
    public Int128 Scaled(Int128 raw) =>
        (((raw * Multiplier) << PreShift) + ((Int128)OffsetBase << PostShift)) >> (PostShift + 1);

    /// <summary>The clamped index in [0, N-1].</summary>
    public int Index(Int128 raw)
    {
        var v = Scaled(raw);
        if (v < 0) return 0;
        if (v >= Size) return Size - 1;
        return (int)v;
    }

    /// <summary>True when <see cref="Scaled"/> and <see cref="Index"/> (Int128) are exact; otherwise use the wide forms.</summary>
    public bool FitsInt128 => IndexWidth <= MaxIndexWidth;

    /// <summary><see cref="Scaled"/> in BigInteger arithmetic, for any width (BigInteger's right shift is a floor).</summary>
    public System.Numerics.BigInteger ScaledWide(System.Numerics.BigInteger raw) =>
        (((raw * Multiplier) << PreShift) + ((System.Numerics.BigInteger)OffsetBase << PostShift)) >> (PostShift + 1);

    /// <summary><see cref="Index"/> for any width.</summary>
    public int IndexWide(System.Numerics.BigInteger raw)
    {
        var v = ScaledWide(raw);
        if (v.Sign < 0) return 0;
        if (v >= Size) return Size - 1;
        return (int)v;
    }

    /// <summary>Number of bits of a non-negative value (0 for 0).</summary>
    internal static int BitLength(long v) => v <= 0 ? 0 : 64 - System.Numerics.BitOperations.LeadingZeroCount((ulong)v);
}
