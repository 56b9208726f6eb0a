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

    /// <summary>Bytes read from the file at a time (a line longer than this grows the buffer).</summary>
    internal const int ChunkBytes = 1 << 20;

    public SampleSet Read(string path) => Read(path, ChunkBytes);

    /// <summary>
    /// <see cref="Read(string)"/> with a given read size: the file is parsed as it is read, <paramref name="chunkBytes"/>
    /// at a time, and its values go straight into one batch-major array; the outcome is that of
    /// <see cref="ParseBytes"/> on the whole file. When a read brings a byte outside ASCII (a BOM, UTF-16, Latin-1), the
    /// whole file is read again and parsed by <see cref="ParseBytes"/>, which decodes it.
    /// </summary>
    internal SampleSet Read(string path, int chunkBytes)
    {
        if (!File.Exists(path)) throw new InputDataException($"input file not found: '{path}'");
        var source = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var length = stream.CanSeek ? stream.Length : -1;
        var buffer = new byte[length >= 0 ? (int)Math.Clamp(length + 1, 16, chunkBytes) : chunkBytes];
        var rows = new FlatRowBuilder();
        var cells = new List<double>();
        var lineNumber = 0;
        var filled = 0;
        long parsed = 0; // bytes of complete lines parsed so far
        var reserved = false;
        while (true)
        {
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // a line longer than the buffer
            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (buffer.AsSpan(filled, read).IndexOfAnyInRange((byte)0x80, (byte)0xFF) >= 0) return ParseBytes(File.ReadAllBytes(path), source);
            filled += read;
            var atEnd = read == 0;
            var text = buffer.AsSpan(0, filled);
            var complete = atEnd ? filled : CompleteLines(text);
            ParseAsciiLines(text[..complete], ref lineNumber, rows, cells, source);
            parsed += complete;
            if (!reserved && length > 0 && rows.Count > 0)
            {
                // Room for the whole file at the bytes per row seen so far, 2 % over.
                rows.Reserve((long)(length / (double)parsed * rows.Count * 1.02 + 16) * rows.Width);
                reserved = true;
            }
            if (atEnd) break;
            text[complete..].CopyTo(buffer);
            filled -= complete;
        }
        return Result(rows, source);
    }

    /// <summary>
    /// The length of the complete lines at the start of <paramref name="text"/>: up to and including its last line break,
    /// except that a '\r' at the very end is kept back, since a '\n' may follow it in the next read.
    /// </summary>
    private static int CompleteLines(ReadOnlySpan<byte> text)
    {
        var last = text.LastIndexOfAny((byte)'\n', (byte)'\r');
        if (last < 0) return 0;
        if (text[last] == '\r' && last == text.Length - 1) return text[..last].LastIndexOfAny((byte)'\n', (byte)'\r') + 1;
        return last + 1;
    }

    public SampleSet Parse(IReadOnlyList<string> lines, string source)
    {
        var rows = new FlatRowBuilder();
        for (var n = 0; n < lines.Count; n++)
        {
            if (ParseLine(lines[n], n + 1, rows, source) is { } row) rows.Add(row);
        }
        return Result(rows, source);
    }

    /// <summary>Like <see cref="Parse"/> on the lines of a file's bytes (what <see cref="Read(string)"/> does).</summary>
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
        var rows = new FlatRowBuilder();
        var lineNumber = 0;
        ParseAsciiLines(bytes, ref lineNumber, rows, new List<double>(), source);
        return Result(rows, source);
    }

    /// <summary>
    /// Parses whole ASCII lines (the last may lack its line break) into <paramref name="rows"/>, numbering them on from
    /// <paramref name="lineNumber"/>.
    /// </summary>
    private static void ParseAsciiLines(ReadOnlySpan<byte> text, ref int lineNumber, FlatRowBuilder rows, List<double> cells, string source)
    {
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
                if (TryFiniteCells(trimmed, cells))
                {
                    var values = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cells);
                    if (rows.Count > 0 && values.Length != rows.Width) throw WidthMismatch(source, rows, values.Length, lineNumber);
                    rows.Add(values);
                }
                else if (ParseLine(Encoding.ASCII.GetString(line), lineNumber, rows, source) is { } row)
                {
                    rows.Add(row);
                }
            }
            text = text[next..];
        }
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
    private static double[]? ParseLine(string text, int lineNumber, FlatRowBuilder rows, string source)
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
        if (rows.Count > 0 && row.Length != rows.Width) throw WidthMismatch(source, rows, row.Length, lineNumber);
        return row;
    }

    private static InputDataException WidthMismatch(string source, FlatRowBuilder rows, int width, int lineNumber) =>
        new($"{source} sample {rows.Count + 1} (line {lineNumber}): {width} values, but the first sample has {rows.Width}");

    private static SampleSet Result(FlatRowBuilder rows, string source)
    {
        if (rows.Count == 0) throw new InputDataException($"{source}: no samples found");
        return new SampleSet(rows.ToArray(), rows.Width, source);
    }

    private static bool IsNumber(string cell) =>
        FiniteInputRule.IsNonFinite(cell) || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
