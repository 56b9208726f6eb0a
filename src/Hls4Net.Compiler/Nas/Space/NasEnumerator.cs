namespace Hls4Net.Nas.Space;

/// <summary>
/// Numbers the architectures of a space (0 .. <see cref="Count"/> − 1) and decodes a number back into its architecture,
/// so a space can be listed in full or sampled uniformly without replacement from a seed. The order: activation
/// fastest, then the dense widths (fewest layers first, then mixed radix, first layer fastest), then the convolution
/// blocks (fewest first).
/// </summary>
public sealed class NasEnumerator
{
    private readonly NasSpace _space;
    private readonly long _denseCount;
    private readonly long _blockCount;

    /// <exception cref="Core.Config.ConfigException">The space has more architectures than a 64-bit count holds.</exception>
    public NasEnumerator(NasSpace space)
    {
        _space = space;
        try
        {
            _denseCount = space.Dense.Count();
            _blockCount = space.Blocks?.Count() ?? 1;
            Count = checked(_denseCount * _blockCount * space.Activations.Count);
        }
        catch (OverflowException)
        {
            throw new Core.Config.ConfigException($"space '{space.Name}': more than 2^63 architectures; narrow the space");
        }
    }

    /// <summary>The number of architectures in the space.</summary>
    public long Count { get; }

    /// <summary>The architecture numbered <paramref name="index"/>.</summary>
    public NasArchitecture At(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var rest = index;
        var activation = _space.Activations[(int)(rest % _space.Activations.Count)];
        rest /= _space.Activations.Count;
        var denseIndex = rest % _denseCount;
        var blockIndex = rest / _denseCount;
        return new NasArchitecture(index, Blocks(blockIndex), Dense(denseIndex), activation);
    }

    /// <summary>
    /// The numbers to evaluate: every architecture when the space holds at most <paramref name="limit"/>, else
    /// <paramref name="limit"/> distinct ones drawn uniformly with <paramref name="seed"/> (Floyd's algorithm), in
    /// increasing order.
    /// </summary>
    public IReadOnlyList<long> Select(long limit, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        if (Count <= limit)
        {
            var all = new long[Count];
            for (long i = 0; i < Count; i++) all[i] = i;
            return all;
        }
        var random = new Random(seed);
        var chosen = new HashSet<long>();
        for (var j = Count - limit; j < Count; j++)
        {
            var t = random.NextInt64(j + 1);
            chosen.Add(chosen.Contains(t) ? j : t);
        }
        return [.. chosen.Order()];
    }

    private List<int> Dense(long index)
    {
        var stack = _space.Dense;
        for (var depth = stack.MinDepth; depth <= stack.MaxDepth; depth++)
        {
            var n = stack.CountAt(depth);
            if (index >= n)
            {
                index -= n;
                continue;
            }
            var widths = new List<int>(depth);
            for (var layer = 0; layer < depth; layer++)
            {
                var choices = stack.WidthsOf(layer);
                widths.Add(choices[(int)(index % choices.Count)]);
                index /= choices.Count;
            }
            return widths;
        }
        throw new InvalidOperationException("dense index out of range");
    }

    private List<ConvBlockChoice> Blocks(long index)
    {
        var space = _space.Blocks;
        if (space is null) return [];
        for (var count = space.MinBlocks; count <= space.MaxBlocks; count++)
        {
            var n = space.CountAt(count);
            if (index >= n)
            {
                index -= n;
                continue;
            }
            var blocks = new List<ConvBlockChoice>(count);
            for (var b = 0; b < count; b++)
            {
                var filters = space.Filters[(int)(index % space.Filters.Count)];
                index /= space.Filters.Count;
                var kernel = space.KernelSizes[(int)(index % space.KernelSizes.Count)];
                index /= space.KernelSizes.Count;
                var pool = space.Pooling[(int)(index % space.Pooling.Count)];
                index /= space.Pooling.Count;
                blocks.Add(new ConvBlockChoice(filters, kernel, pool));
            }
            return blocks;
        }
        throw new InvalidOperationException("block index out of range");
    }
}
