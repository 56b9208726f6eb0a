namespace Hls4Net.SampleMaker;

/// <summary>Small seeded generator (SplitMix64) so the samples do not depend on System.Random's algorithm.</summary>
internal sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [lo, hi).</summary>
    public double Uniform(double lo, double hi) => lo + (hi - lo) * NextDouble();

    /// <summary>Approximately standard normal (sum of 12 uniforms minus 6): only + and -, so bit-identical everywhere.</summary>
    public double Normal()
    {
        var s = 0.0;
        for (var i = 0; i < 12; i++) s += NextDouble();
        return s - 6.0;
    }

    public int Next(int n) => (int)(NextUInt64() % (ulong)n);
}
