namespace Hls4Net.Core.Data;

/// <summary>A batch of input samples, each a flat row-major array of doubles.</summary>
public sealed class SampleSet
{
    public SampleSet(IReadOnlyList<double[]> rows, string source)
    {
        Rows = rows;
        Source = source;
    }

    public IReadOnlyList<double[]> Rows { get; }

    /// <summary>Where the samples came from (file name or generator), for messages.</summary>
    public string Source { get; }

    public int Count => Rows.Count;

    /// <summary>Check every row has <paramref name="width"/> values; otherwise a clear error.</summary>
    public void ExpectWidth(int width, string what)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Length != width)
            {
                throw new InputDataException($"{Source}: sample {i + 1} has {Rows[i].Length} values but {what} expects {width}");
            }
        }
    }

    /// <summary>Rows flattened batch-major.</summary>
    public double[] Flatten()
    {
        var width = Rows.Count == 0 ? 0 : Rows[0].Length;
        var flat = new double[Rows.Count * width];
        for (var i = 0; i < Rows.Count; i++) Rows[i].CopyTo(flat, i * width);
        return flat;
    }

    /// <summary>
    /// Seeded random samples, approximately N(0, scale²), deterministic for a seed and identical on every machine:
    /// integer-only generation (<see cref="SeededNormalSource"/>), then one multiplication by <paramref name="scale"/>.
    /// </summary>
    public static SampleSet Random(int count, int width, int seed, double scale = 1.0)
    {
        var source = new SeededNormalSource(seed);
        var rows = new double[count][];
        for (var i = 0; i < count; i++)
        {
            rows[i] = new double[width];
            for (var j = 0; j < width; j++) rows[i][j] = scale * source.NextNormal();
        }
        return new SampleSet(rows, $"{count} random N(0,{scale * scale}) samples (seed {seed})");
    }
}
