namespace Hls4Net.Core.Data;

/// <summary>
/// Rows of equal width gathered into one batch-major array as a reader parses them: no array per row, and the result is
/// the array the emulator takes (<see cref="SampleSet.Flatten"/> hands it over without a copy). The caller checks widths.
/// </summary>
internal sealed class FlatRowBuilder
{
    private double[] _values = [];
    private int _length;

    /// <summary>Rows added so far.</summary>
    public int Count { get; private set; }

    /// <summary>The first row's width; -1 before any row.</summary>
    public int Width { get; private set; } = -1;

    /// <summary>Makes room for <paramref name="values"/> values in all (an estimate; more can still be added).</summary>
    public void Reserve(long values)
    {
        if (values > _values.Length && values <= Array.MaxLength) Resize((int)values);
    }

    /// <summary>Appends one row (the caller has checked it has <see cref="Width"/> values, unless it is the first).</summary>
    public void Add(ReadOnlySpan<double> row)
    {
        if (Count == 0) Width = row.Length;
        if (_values.Length - _length < row.Length)
        {
            var needed = (long)_length + row.Length;
            if (needed > Array.MaxLength) throw new InputDataException($"more than {Array.MaxLength} input values in one file");
            Resize((int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(1024, 2L * _values.Length))));
        }
        row.CopyTo(_values.AsSpan(_length));
        _length += row.Length;
        Count++;
    }

    /// <summary>The rows, batch-major, exactly <see cref="Count"/> × <see cref="Width"/> values.</summary>
    public double[] ToArray()
    {
        if (_values.Length != _length) Resize(_length);
        return _values;
    }

    private void Resize(int capacity)
    {
        // Every element up to _length is written before it is read, so the new array need not be zeroed first.
        var grown = GC.AllocateUninitializedArray<double>(capacity);
        _values.AsSpan(0, _length).CopyTo(grown);
        _values = grown;
    }
}
