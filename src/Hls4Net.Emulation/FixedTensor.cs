using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation;

/// <summary>
/// A batch of fixed-point tensors of one type: raw stored integers, batch-major
/// (<c>Raw[b * Shape.Size + i]</c>, elements of one sample in row-major order).
/// </summary>
public sealed class FixedTensor
{
    public FixedTensor(FixedType type, Shape shape, int batch, long[] raw)
    {
        if (raw.Length != checked(batch * shape.Size))
        {
            throw new ArgumentException($"raw data has {raw.Length} values, expected {batch}x{shape.Size}");
        }
        Type = type;
        Shape = shape;
        Batch = batch;
        Raw = raw;
    }

    public FixedType Type { get; }

    public Shape Shape { get; }

    public int Batch { get; }

    /// <summary>Elements per sample.</summary>
    public int SampleSize => Shape.Size;

    public long[] Raw { get; }

    /// <summary>The raw values of sample <paramref name="b"/>.</summary>
    public Span<long> Sample(int b) => Raw.AsSpan(b * SampleSize, SampleSize);

    /// <summary>Every value as a double (C++ <c>to_double()</c>: exact for types up to 53 bits, else rounded to nearest-even), batch-major.</summary>
    public double[] ToDoubles()
    {
        var result = new double[Raw.Length];
        int f = Type.FracBits;
        for (var i = 0; i < result.Length; i++) result[i] = FixedMath.ToDouble(Raw[i], f);
        return result;
    }

    /// <summary>The values of sample <paramref name="b"/> as doubles.</summary>
    public double[] SampleToDoubles(int b)
    {
        var sample = Sample(b);
        var result = new double[sample.Length];
        int f = Type.FracBits;
        for (var i = 0; i < result.Length; i++) result[i] = FixedMath.ToDouble(sample[i], f);
        return result;
    }
}
