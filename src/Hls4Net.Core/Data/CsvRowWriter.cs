using System.Globalization;

namespace Hls4Net.Core.Data;

/// <summary>
/// Writes rows of doubles as CSV: values separated by commas, one row per line ending in "\n", each value in .NET's
/// round-trip form (<c>ToString("R", InvariantCulture)</c>, the same text). Values are formatted straight into a
/// reused character block that is handed to the writer when full: no string per value or row, and no text of the whole
/// file (<c>hls4net emulate</c>, to stdout or streamed into its output file).
/// </summary>
public static class CsvRowWriter
{
    // A round-trip double takes at most 24 characters ("-1.2345678901234567E-308"), plus one separator.
    private const int MaxValueChars = 25;
    private const int BlockChars = 1 << 15;

    /// <summary>Write <paramref name="rows"/> to <paramref name="output"/>.</summary>
    public static void Write(IReadOnlyList<double[]> rows, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var block = new char[BlockChars];
        var at = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (at > BlockChars - MaxValueChars - 1)
                {
                    output.Write(block, 0, at);
                    at = 0;
                }
                if (i > 0) block[at++] = ',';
                if (!row[i].TryFormat(block.AsSpan(at), out var written, "R", CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException($"value {row[i]} did not fit in {MaxValueChars} characters");
                }
                at += written;
            }
            if (at == BlockChars)
            {
                output.Write(block, 0, at);
                at = 0;
            }
            block[at++] = '\n';
        }
        output.Write(block, 0, at);
    }
}
