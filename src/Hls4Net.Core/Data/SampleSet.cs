namespace Hls4Net.Core.Data;

/// <summary>
/// A batch of input samples, each a flat row-major array of doubles. A set is held either as rows or, as the readers make
/// it, as one batch-major array (<see cref="Flatten"/> then costs nothing and <see cref="Rows"/> is made on first use).
/// </summary>
public sealed class SampleSet
{
    private IReadOnlyList<double[]>? _rows;
    private readonly double[]? _values;
    private readonly int _width;

    public SampleSet(IReadOnlyList<double[]> rows, string source)
    {
        _rows = rows;
        Source = source;
    }

    /// <summary>
    /// A set of <paramref name="values"/>.Length / <paramref name="width"/> samples held batch-major in
    /// <paramref name="values"/>, which the set keeps (and <see cref="Flatten"/> returns): the caller must not change it.
    /// </summary>
    public SampleSet(double[] values, int width, string source)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (width < 1 || values.Length % width != 0) throw new ArgumentException($"{values.Length} values do not make rows of {width}", nameof(values));
        _values = values;
        _width = width;
        Source = source;
    }

    public IReadOnlyList<double[]> Rows => _rows ??= Split(_values!, _width);

    /// <summary>Where the samples came from (file name or generator), for messages.</summary>
    public string Source { get; }

    public int Count => _values is { } v ? v.Length / _width : _rows!.Count;

    /// <summary>Check every row has <paramref name="width"/> values; otherwise a clear error.</summary>
    public void ExpectWidth(int width, string what)
    {
        if (_values is not null)
        {
            if (_width != width) throw new InputDataException($"{Source}: sample 1 has {_width} values but {what} expects {width}");
            return;
        }
        for (var i = 0; i < _rows!.Count; i++)
        {
            if (_rows[i].Length != width)
            {
                throw new InputDataException($"{Source}: sample {i + 1} has {_rows[i].Length} values but {what} expects {width}");
            }
        }
    }

    /// <summary>
    /// Rows flattened batch-major. For a set made from one batch-major array, that array itself (read it, do not change
    /// it); otherwise a new array.
    /// </summary>
    public double[] Flatten()
    {
        if (_values is not null) return _values;
        var width = _rows!.Count == 0 ? 0 : _rows[0].Length;
        var flat = new double[_rows.Count * width];
        for (var i = 0; i < _rows.Count; i++) _rows[i].CopyTo(flat, i * width);
        return flat;
    }

    private static double[][] Split(double[] values, int width)
    {
        var rows = new double[values.Length / width][];
        for (var i = 0; i < rows.Length; i++) rows[i] = values.AsSpan(i * width, width).ToArray();
        return rows;
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
