namespace Hls4Net.Nas.Space;

/// <summary>
/// A stack of dense layers: between <see cref="MinDepth"/> and <see cref="MaxDepth"/> layers, layer i taking one of
/// <see cref="WidthChoices"/>[i] units (one list shared by every layer, or one list per layer).
/// </summary>
public sealed record DenseStackSpace(int MinDepth, int MaxDepth, IReadOnlyList<IReadOnlyList<int>> WidthChoices)
{
    /// <summary>The width choices of layer <paramref name="layer"/> (0-based).</summary>
    public IReadOnlyList<int> WidthsOf(int layer) => WidthChoices.Count == 1 ? WidthChoices[0] : WidthChoices[layer];

    /// <summary>The number of stacks of exactly <paramref name="depth"/> layers.</summary>
    public long CountAt(int depth)
    {
        long n = 1;
        for (var i = 0; i < depth; i++) n = checked(n * WidthsOf(i).Count);
        return n;
    }

    /// <summary>The number of stacks of every allowed depth.</summary>
    public long Count()
    {
        long n = 0;
        for (var d = MinDepth; d <= MaxDepth; d++) n = checked(n + CountAt(d));
        return n;
    }
}
