using System.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// The index arithmetic of hls4ml's legacy softmax: index = clamp(trunc(r·Multiplier·2^-Shift) + Offset, 0, Size - 1)
/// for a raw code r, the truncation toward zero (C's integer conversion). Mirrored by
/// <c>nnet::softmax_hls4ml_detail::truncated_index</c> (nnet_softmax_hls4ml.h), which takes the magnitude, shifts it
/// and restores the sign.
/// </summary>
/// <param name="Multiplier">The table size N.</param>
/// <param name="Shift">F + log2 of the divisor (16 for the exp table, 64 for the reciprocal table); may be negative.</param>
/// <param name="Offset">N/2 for the exp table (centred on 0), 0 for the reciprocal table.</param>
/// <param name="Size">Number of table entries N.</param>
/// <param name="RawWidth">Bits of a signed integer that holds every raw code r.</param>
public sealed record TruncatedIndex(long Multiplier, int Shift, long Offset, int Size, int RawWidth)
{
    /// <summary>Width of the signed integer that holds r·Multiplier·2^max(-Shift, 0) exactly (the C++ product type).</summary>
    public int ProductWidth => RawWidth + 64 - BitOperations.LeadingZeroCount((ulong)Multiplier) + Math.Max(-Shift, 0) + 1;

    /// <summary>The clamped index of raw code <paramref name="raw"/>.</summary>
    public int Index(BigInteger raw)
    {
        var p = BigInteger.Abs(raw) * Multiplier;
        p = Shift >= 0 ? p >> Shift : p << -Shift;
        if (raw.Sign < 0) p = -p;
        var v = p + Offset;
        return v < 0 ? 0 : v > Size - 1 ? Size - 1 : (int)v;
    }

    /// <summary>The clamped index of raw code <paramref name="raw"/> (the fast path when the product fits 127 bits).</summary>
    public int Index(Int128 raw)
    {
        if (ProductWidth > 126) return Index((BigInteger)raw);
        Int128 p = (raw < 0 ? -raw : raw) * Multiplier;
        p = Shift >= 0 ? (Shift >= 127 ? 0 : p >> Shift) : p << -Shift;
        if (raw < 0) p = -p;
        var v = p + Offset;
        return v < 0 ? 0 : v > Size - 1 ? Size - 1 : (int)v;
    }
}
