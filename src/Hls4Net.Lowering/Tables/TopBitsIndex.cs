using Hls4Net.Core.Numerics;

namespace Hls4Net.Lowering.Tables;

/// <summary>
/// hls4ml's softmax table index (stable, latency): a table of 2^N entries is addressed by the top N bits of a value's
/// raw two's-complement code (bits W-1 .. W-N, the sign bit included as the MSB for a signed type), read as an unsigned
/// number. Entry i of such a table stands for the value whose raw code has i in its top N bits and zeros below.
/// Mirrored by <c>nnet::softmax_hls4ml_detail::top_bits</c> (nnet_softmax_hls4ml.h).
/// </summary>
public static class TopBitsIndex
{
    /// <summary>N = ceil(log2(size)): the address bits of a table of <paramref name="size"/> entries.</summary>
    public static int AddressBits(int size)
    {
        int n = 0;
        while ((1L << n) < size) n++;
        return n;
    }

    /// <summary>The table index of raw code <paramref name="raw"/> of <paramref name="type"/> (width at most 64 bits).</summary>
    public static int Index(long raw, FixedType type, int bits) =>
        (int)((raw >> (type.Width - bits)) & ((1L << bits) - 1));

    /// <summary>The exact value entry <paramref name="index"/> stands for: raw code index·2^(W-N) of <paramref name="type"/>.</summary>
    public static double EntryValue(int index, FixedType type, int bits)
    {
        Int128 raw = (Int128)index << (type.Width - bits);
        if (type.Signed && index >= 1 << (bits - 1)) raw -= (Int128)1 << type.Width;
        return Math.ScaleB((double)raw, -type.FracBits);
    }
}
