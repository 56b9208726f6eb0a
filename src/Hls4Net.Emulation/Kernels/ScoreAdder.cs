using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation.Kernels;

/// <summary>
/// Sums of raw codes of one fixed-point type, each stored back into that type (the exact sum, then the type's overflow
/// mode; both operands share the fraction bits, so no rounding happens), counting the stores that overflowed.
/// <see cref="Sum"/> is the balanced adder tree of nnet_tree_ensemble.h's <c>tree_adder</c>.
/// </summary>
internal sealed class ScoreAdder
{
    private readonly FixedType _type;
    private readonly long _min;
    private readonly long _max;

    public ScoreAdder(FixedType type)
    {
        if (type.Width > 62) throw new ArgumentException($"score type {type} is wider than 62 bits", nameof(type));
        _type = type;
        _min = type.MinRawInt64;
        _max = type.MaxRawInt64;
    }

    /// <summary>Stores that overflowed so far.</summary>
    public long Overflows { get; private set; }

    /// <summary>a + b stored into the type.</summary>
    public long Add(long a, long b)
    {
        var s = a + b;
        if (s >= _min && s <= _max) return s;
        Overflows++;
        return FixedMath.Convert(s, _type.FracBits, _type);
    }

    /// <summary>The balanced sum of values[start .. start + count): the first count/2 and the rest summed recursively.</summary>
    public long Sum(long[] values, int start, int count)
    {
        if (count == 1) return values[start];
        var half = count / 2;
        return Add(Sum(values, start, half), Sum(values, start + half, count - half));
    }
}
