namespace Hls4Net.Nas;

/// <summary>One batch of input samples for the proxies: <see cref="Count"/> samples of <see cref="SampleShape"/>
/// (channels-first, no batch axis), stored sample after sample in row-major order. Immutable.</summary>
public sealed class ProxyBatch
{
    private readonly double[] _data;
    private readonly int[] _shape;

    /// <summary>A batch over <paramref name="data"/> (copied), whose length must be a multiple of the sample size.</summary>
    public ProxyBatch(IReadOnlyList<int> sampleShape, ReadOnlySpan<double> data)
    {
        _shape = [.. sampleShape];
        SampleSize = _shape.Length == 0 ? 0 : _shape.Aggregate(1, (a, d) => a * d);
        if (SampleSize < 1) throw new ArgumentException($"Bad sample shape [{string.Join(", ", sampleShape)}].");
        if (data.Length == 0 || data.Length % SampleSize != 0)
            throw new ArgumentException($"{data.Length} values are not a whole, non-empty number of samples of {SampleSize}.");
        foreach (var v in data)
            if (!double.IsFinite(v)) throw new ArgumentException("The proxy batch holds a NaN or infinite value.");
        _data = data.ToArray();
        Count = data.Length / SampleSize;
    }

    /// <summary>The seeded N(0, 1) batch used when the user gives no data: <paramref name="count"/> samples drawn
    /// with <see cref="SeededRandom.NextGaussian"/> from <paramref name="seed"/>, element by element in order.</summary>
    public static ProxyBatch Gaussian(IReadOnlyList<int> sampleShape, int count, long seed)
    {
        if (count < 1) throw new ArgumentException($"A batch needs at least one sample, got {count}.");
        var size = sampleShape.Aggregate(1, (a, d) => a * d);
        var rng = new SeededRandom(seed);
        var data = new double[size * count];
        for (var i = 0; i < data.Length; i++) data[i] = rng.NextGaussian();
        return new ProxyBatch(sampleShape, data);
    }

    /// <summary>The shape of one sample.</summary>
    public IReadOnlyList<int> SampleShape => _shape;

    /// <summary>Elements per sample.</summary>
    public int SampleSize { get; }

    /// <summary>Number of samples.</summary>
    public int Count { get; }

    /// <summary>Sample <paramref name="index"/>.</summary>
    public ReadOnlySpan<double> Sample(int index) => _data.AsSpan(index * SampleSize, SampleSize);
}
