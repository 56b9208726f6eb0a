using System.Globalization;
using System.Text;

namespace Hls4Net.Core.Data;

/// <summary>
/// Reads samples from text: one sample per line, values separated by commas and/or whitespace
/// (hls4ml's tb_input_features.dat format is accepted too). Blank lines and lines starting with '#' are skipped;
/// a first line that is entirely non-numeric is taken as a header. NaN and ±inf are refused (<see cref="FiniteInputRule"/>);
/// messages number samples and columns from 1.
/// </summary>
/// <remarks>
/// Files are parsed from their bytes (<see cref="ParseBytes"/>): an ASCII line whose cells are all finite numbers is read
/// without making strings, its cells converted by <see cref="DecimalCellParser"/> (the values and decisions of
/// <c>double.TryParse</c>, faster); any other line (a header, a bad cell, a non-ASCII file) goes through the string path of
/// <see cref="Parse"/>, so the outcome and every message are the same as reading the lines as text.
/// </remarks>
public sealed class CsvSampleReader
{
    private static readonly char[] Separators = [',', ' ', '\t', ';'];

    public SampleSet Read(string path)
    {
        if (!File.Exists(path)) throw new InputDataException($"input file not found: '{path}'");
        return ParseBytes(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public SampleSet Parse(IReadOnlyList<string> lines, string source)
    {
        var rows = new List<double[]>();
        for (var n = 0; n < lines.Count; n++)
        {
            if (ParseLine(lines[n], n + 1, rows, source) is { } row) rows.Add(row);
        }
        return Result(rows, source);
    }

    /// <summary>Like <see cref="Parse"/> on the lines of a file's bytes (what <see cref="Read"/> does).</summary>
    public SampleSet ParseBytes(byte[] bytes, string source)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // BOMs and other encodings: decode as File.ReadAllLines would and take the string path.
        if (bytes.AsSpan().IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0)
        {
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var lines = new List<string>();
            while (reader.ReadLine() is { } line) lines.Add(line);
            return Parse(lines, source);
        }
        var rows = new List<double[]>();
        var cells = new List<double>();
        var text = bytes.AsSpan();
        var lineNumber = 0;
        while (text.Length > 0)
        {
            // Lines end at \n, \r\n or \r, as in File.ReadAllLines.
            var end = text.IndexOfAny((byte)'\n', (byte)'\r');
            var line = end < 0 ? text : text[..end];
            var next = end < 0 ? text.Length : end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
            lineNumber++;
            var trimmed = line.Trim(" \t\n\v\f\r"u8);
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                var row = TryFiniteCells(trimmed, cells) ? cells.ToArray() : ParseLine(Encoding.ASCII.GetString(line), lineNumber, rows, source);
                if (row is not null)
                {
                    if (rows.Count > 0 && row.Length != rows[0].Length) throw WidthMismatch(source, rows, row, lineNumber);
                    rows.Add(row);
                }
            }
            text = text[next..];
        }
        return Result(rows, source);
    }

    /// <summary>The values of an ASCII line when every cell is a finite number; false otherwise (nothing is thrown).</summary>
    private static bool TryFiniteCells(ReadOnlySpan<byte> line, List<double> cells)
    {
        cells.Clear();
        while (line.Length > 0)
        {
            var end = line.IndexOfAny(",; \t"u8);
            var cell = end < 0 ? line : line[..end];
            line = end < 0 ? default : line[(end + 1)..];
            if (cell.IsEmpty) continue;
            if (!DecimalCellParser.TryParse(cell, out var value) || !double.IsFinite(value)) return false;
            cells.Add(value);
        }
        return cells.Count > 0;
    }

    /// <summary>One line's values; null for a blank line, a comment or the header.</summary>
    private static double[]? ParseLine(string text, int lineNumber, List<double[]> rows, string source)
    {
        var line = text.Trim();
        if (line.Length == 0 || line.StartsWith('#')) return null;
        var cells = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        if (rows.Count == 0 && cells.All(c => !IsNumber(c))) return null; // header
        var row = new double[cells.Length];
        var sample = rows.Count + 1;
        for (var c = 0; c < cells.Length; c++)
        {
            var where = $"{source} sample {sample}, column {c + 1} (line {lineNumber})";
            if (FiniteInputRule.IsNonFinite(cells[c])) throw FiniteInputRule.Refused(where, cells[c]);
            if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]))
            {
                throw new InputDataException($"{where}: '{cells[c]}' is not a number");
            }
        }
        if (rows.Count > 0 && row.Length != rows[0].Length) throw WidthMismatch(source, rows, row, lineNumber);
        return row;
    }

    private static InputDataException WidthMismatch(string source, List<double[]> rows, double[] row, int lineNumber) =>
        new($"{source} sample {rows.Count + 1} (line {lineNumber}): {row.Length} values, but the first sample has {rows[0].Length}");

    private static SampleSet Result(List<double[]> rows, string source)
    {
        if (rows.Count == 0) throw new InputDataException($"{source}: no samples found");
        return new SampleSet(rows, source);
    }

    private static bool IsNumber(string cell) =>
        FiniteInputRule.IsNonFinite(cell) || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
