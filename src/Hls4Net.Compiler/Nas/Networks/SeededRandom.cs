namespace Hls4Net.Nas;

/// <summary>A small, fully specified pseudo-random stream (SplitMix64), so that initializations and data batches are
/// the same on every platform and runtime and can be reproduced outside .NET:
/// state += 0x9E3779B97F4A7C15; z = state; z = (z ^ z≫30)·0xBF58476D1CE4E5B9; z = (z ^ z≫27)·0x94D049BB133111EB;
/// out = z ^ z≫31 (64-bit wrap-around). <see cref="NextDouble"/> = (out ≫ 11)·2⁻⁵³;
/// <see cref="NextGaussian"/> = √(−2 ln(1 − u₁))·cos(2π u₂) from two successive doubles (one normal per pair).
/// Not thread-safe: one instance per thread.</summary>
public sealed class SeededRandom
{
    private ulong _state;

    /// <summary>Starts the stream at state = (ulong)seed.</summary>
    public SeededRandom(long seed) => _state = unchecked((ulong)seed);

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            _state += 0x9E3779B97F4A7C15UL;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [−limit, limit): limit·(2u − 1).</summary>
    public double NextSymmetric(double limit) => limit * (2 * NextDouble() - 1);

    /// <summary>Standard normal by Box–Muller (consumes two doubles).</summary>
    public double NextGaussian()
    {
        var u1 = 1 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
