namespace Hls4Net.Nas.Space;

/// <summary>
/// Convolution blocks: between <see cref="MinBlocks"/> and <see cref="MaxBlocks"/> blocks, each a convolution (one of
/// <see cref="Filters"/> output channels, one of <see cref="KernelSizes"/>, stride 1, no padding), the hidden activation,
/// and one of <see cref="Pooling"/>. Every block chooses independently.
/// </summary>
public sealed record ConvBlockSpace(int MinBlocks, int MaxBlocks, IReadOnlyList<int> Filters, IReadOnlyList<int> KernelSizes, IReadOnlyList<PoolChoice> Pooling)
{
    /// <summary>The choices of one block.</summary>
    public long PerBlock => (long)Filters.Count * KernelSizes.Count * Pooling.Count;

    /// <summary>The number of block sequences of exactly <paramref name="blocks"/> blocks.</summary>
    public long CountAt(int blocks)
    {
        long n = 1;
        for (var i = 0; i < blocks; i++) n = checked(n * PerBlock);
        return n;
    }

    /// <summary>The number of block sequences of every allowed count.</summary>
    public long Count()
    {
        long n = 0;
        for (var b = MinBlocks; b <= MaxBlocks; b++) n = checked(n + CountAt(b));
        return n;
    }
}
