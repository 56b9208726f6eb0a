using System.Numerics;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Emulation;

/// <summary>
/// A batch of fixed-point tensors of one type: raw stored integers, batch-major
/// (<c>Raw[b * Shape.Size + i]</c>, elements of one sample in row-major order). A type whose raw codes fit a
/// long (<see cref="FixedType.FitsInt64"/>) is held in <see cref="Raw"/> (the fast path); a wider type is held
/// in <see cref="Wide"/> (BigInteger codes), and then <see cref="Raw"/> throws.
/// </summary>
public sealed class FixedTensor
{
    private readonly long[]? _raw;

    public FixedTensor(FixedType type, Shape shape, int batch, long[] raw)
    {
        Check(raw.Length, batch, shape);
        if (!type.FitsInt64) throw new ArgumentException($"{type} is wider than 64-bit raw codes; give BigInteger codes");
        Type = type;
        Shape = shape;
        Batch = batch;
        _raw = raw;
    }

    /// <summary>A tensor of a type wider than 64-bit raw codes.</summary>
    public FixedTensor(FixedType type, Shape shape, int batch, BigInteger[] wide)
    {
        Check(wide.Length, batch, shape);
        if (type.FitsInt64) throw new ArgumentException($"{type} fits 64-bit raw codes; give long codes");
        Type = type;
        Shape = shape;
        Batch = batch;
        Wide = wide;
    }

    /// <summary>Kept out of <see cref="Raw"/> so that the getter stays small enough to inline on the fast path.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private long[] ThrowWide() => throw new InvalidOperationException($"a tensor of type {Type} holds raw codes wider than 64 bits");

    private static void Check(int length, int batch, Shape shape)
    {
        if (length != checked(batch * shape.Size))
        {
            throw new ArgumentException($"raw data has {length} values, expected {batch}x{shape.Size}");
        }
    }

    public FixedType Type { get; }

    public Shape Shape { get; }

    public int Batch { get; }

    /// <summary>Elements per sample.</summary>
    public int SampleSize => Shape.Size;

    /// <summary>The 64-bit raw codes; throws for a tensor of a wider type (see <see cref="Wide"/>).</summary>
    public long[] Raw => _raw ?? ThrowWide();

    /// <summary>The raw codes of a type wider than 64 bits, otherwise null.</summary>
    public BigInteger[]? Wide { get; }

    /// <summary>True when the codes are held in <see cref="Wide"/>.</summary>
    public bool IsWide => Wide is not null;

    /// <summary>Number of raw codes (Batch x SampleSize).</summary>
    public int Length => _raw?.Length ?? Wide!.Length;

    /// <summary>Raw code <paramref name="i"/> (batch-major) as a BigInteger, whichever way it is held.</summary>
    public BigInteger At(int i) => _raw is { } r ? r[i] : Wide![i];

    /// <summary>The raw values of sample <paramref name="b"/>.</summary>
    public Span<long> Sample(int b) => Raw.AsSpan(b * SampleSize, SampleSize);

    /// <summary>Every value as a double (C++ <c>to_double()</c>: exact for types up to 53 bits, else rounded to nearest-even), batch-major.</summary>
    public double[] ToDoubles()
    {
        var result = new double[Length];
        int f = Type.FracBits;
        if (Wide is { } w)
        {
            for (var i = 0; i < result.Length; i++) result[i] = FixedMath.ToDouble(w[i], f);
            return result;
        }
        for (var i = 0; i < result.Length; i++) result[i] = FixedMath.ToDouble(Raw[i], f);
        return result;
    }

    /// <summary>The values of sample <paramref name="b"/> as doubles.</summary>
    public double[] SampleToDoubles(int b)
    {
        if (Wide is { } w)
        {
            var wide = new double[SampleSize];
            for (var i = 0; i < wide.Length; i++) wide[i] = FixedMath.ToDouble(w[b * SampleSize + i], Type.FracBits);
            return wide;
        }
        var sample = Sample(b);
        var result = new double[sample.Length];
        int f = Type.FracBits;
        for (var i = 0; i < result.Length; i++) result[i] = FixedMath.ToDouble(sample[i], f);
        return result;
    }
}
