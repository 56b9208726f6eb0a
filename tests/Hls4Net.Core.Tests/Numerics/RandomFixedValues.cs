using System.Numerics;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Numerics;

/// <summary>Edge-seeking random inputs: exact ties, range limits, far outside, tiny, ±0, ±Inf, NaN.</summary>
internal sealed class RandomFixedValues(int seed)
{
    private readonly Random _rng = new(seed);

    /// <summary>A double input for type t; <paramref name="slot"/> rotates through the categories.</summary>
    public double Double(FixedType t, int slot)
    {
        int f = t.FracBits;
        double lsb = Math.ScaleB(1.0, -f);
        switch (slot % 9)
        {
            case 0: // exact tie k + 1/2 LSB inside the range
            {
                int bits = Math.Min(t.Width, 50);
                long k = _rng.NextInt64(-(1L << (bits - 1)), 1L << (bits - 1));
                if (!t.Signed)
                    k = Math.Abs(k);
                return Math.ScaleB(2.0 * k + 1, -f - 1);
            }
            case 1: // ties and quarter steps at the top of the range
                return (double)t.MaxRaw * lsb + lsb * Pick(0.5, 0.25, -0.25, -0.5, 1.0, 0.75);
            case 2: // ... and at the bottom
                return (double)t.MinRaw * lsb - lsb * Pick(0.5, 0.25, -0.25, -0.5, 1.0, 0.75);
            case 3: // random in range
                return t.MinValue + _rng.NextDouble() * (t.MaxValue - t.MinValue);
            case 4: // out of range, moderately
                return Sign() * Math.ScaleB(1.0 + _rng.NextDouble(), t.IntBits + _rng.Next(-1, 20));
            case 5: // far outside
                return Sign() * Pick(1e30, 1e300, double.MaxValue, Math.ScaleB(1.0, 200), 3e18);
            case 6: // tiny
                return Sign() * Pick(1e-300, double.Epsilon, lsb * Math.ScaleB(1.0, -30), lsb / 3, 2.2250738585072014e-308);
            case 7: // specials
                return Pick(0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity,
                    BitConverter.Int64BitsToDouble(0x7FF8000000000000), BitConverter.Int64BitsToDouble(unchecked((long)0xFFF8000000000001)));
            default: // exact random value on a finer grid (quantization only)
            {
                int bits = Math.Min(t.Width + 3, 52);
                long k = _rng.NextInt64(-(1L << (bits - 1)), 1L << (bits - 1));
                return Math.ScaleB(k, -f - _rng.Next(0, 4));
            }
        }
    }

    /// <summary>A valid raw code of t, biased toward min, max, 0 and ±1.</summary>
    public BigInteger Raw(FixedType t)
    {
        switch (_rng.Next(8))
        {
            case 0: return t.MinRaw;
            case 1: return t.MaxRaw;
            case 2: return BigInteger.Clamp(_rng.Next(-1, 2), t.MinRaw, t.MaxRaw);
            default:
                var bytes = new byte[(t.Width + 8) / 8];
                _rng.NextBytes(bytes);
                var u = new BigInteger(bytes, isUnsigned: true) >> _rng.Next(0, Math.Min(t.Width, 8) + 1);
                var v = u & ((BigInteger.One << t.Width) - 1);
                return t.Signed && v > t.MaxRaw ? v - (BigInteger.One << t.Width) : v;
        }
    }

    private double Pick(params double[] xs) => xs[_rng.Next(xs.Length)];

    private double Sign() => _rng.Next(2) == 0 ? 1.0 : -1.0;
}
