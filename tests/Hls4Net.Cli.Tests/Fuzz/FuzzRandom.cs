namespace Hls4Net.Cli.Tests.Fuzz;

/// <summary>
/// SplitMix64 with integer arithmetic only, so the corpus is the same on every machine and runtime
/// (System.Random's algorithm is not a documented contract).
/// </summary>
internal sealed class FuzzRandom
{
    private ulong _state;

    public FuzzRandom(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        var z = _state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="n"/>) for n &gt; 0.</summary>
    public int Next(int n) => (int)(NextUInt64() % (ulong)n);

    /// <summary>A value in [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    public int Between(int lo, int hi) => lo + Next(hi - lo + 1);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public bool Chance(int percent) => Next(100) < percent;

    /// <summary>A small exact float: a multiple of 1/8 in [-2, 2].</summary>
    public float SmallFloat() => (Next(33) - 16) / 8f;
}
