using System.Globalization;

namespace Hls4Net.Core.Data;

/// <summary>
/// Formats rows of doubles as CSV in UTF-8 bytes: values separated by commas, one row per line ending in "\n", each value
/// in .NET's round-trip form (<c>ToString("R", InvariantCulture)</c>, the same text). Every value is formatted straight
/// into the byte buffer, with no string per value or per row (<c>hls4net emulate -o</c>).
/// </summary>
public static class CsvRowWriter
{
    /// <summary>The CSV bytes of <paramref name="rows"/>.</summary>
    public static byte[] Format(IReadOnlyList<double[]> rows)
    {
        // A round-trip double takes at most 24 characters ("-1.2345678901234567E-308"), plus one separator.
        const int MaxValueBytes = 25;
        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Length);
        var buffer = new byte[Math.Max(1, rows.Count * (width * MaxValueBytes + 1))];
        var at = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                if (i > 0) buffer[at++] = (byte)',';
                if (!row[i].TryFormat(buffer.AsSpan(at), out var written, "R", CultureInfo.InvariantCulture))
                {
                    throw new InvalidOperationException($"value {row[i]} did not fit in {MaxValueBytes} bytes");
                }
                at += written;
            }
            buffer[at++] = (byte)'\n';
        }
        return buffer.AsSpan(0, at).ToArray();
    }
}
