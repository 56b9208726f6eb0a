namespace Hls4Net.Core.Data;

/// <summary>
/// Seeded, approximately standard normal values computed with integer arithmetic only, so a seed gives the same
/// bits on every machine, runtime and libm. SplitMix64 (Steele, Lea and Flood 2014) supplies 64-bit words; each
/// value is the Irwin–Hall sum of twelve 32-bit uniforms (the two halves of six words) minus its mean, scaled by
/// 2^-32: mean 0, variance 1, range (-6, 6). The integer sum is below 2^36, so the conversion to double and the
/// power-of-two scaling are exact.
/// </summary>
public sealed class SeededNormalSource
{
    private ulong _state;

    public SeededNormalSource(long seed) => _state = unchecked((ulong)seed);

    /// <summary>The next SplitMix64 word.</summary>
    public ulong NextUInt64()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>The next value: (sum of twelve 32-bit uniforms − 6·2^32) · 2^-32.</summary>
    public double NextNormal()
    {
        long sum = 0;
        for (var i = 0; i < 6; i++)
        {
            var w = NextUInt64();
            sum += (long)(w >> 32) + (long)(w & 0xFFFFFFFFUL);
        }
        return (sum - 6L * (1L << 32)) * (1.0 / (1L << 32));
    }
}
