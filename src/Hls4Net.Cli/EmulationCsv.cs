using System.Globalization;

namespace Hls4Net.Cli;

/// <summary><c>hls4net emulate</c>'s CSV: one line per sample, its output values round-trip formatted ("R") and joined by ','.</summary>
public static class EmulationCsv
{
    /// <summary>Write <paramref name="rows"/> to <paramref name="output"/> line by line (no text of the whole file is made).</summary>
    public static void Write(IReadOnlyList<double[]> rows, TextWriter output)
    {
        Span<char> buffer = stackalloc char[32]; // "R" needs at most 24 characters
        foreach (var row in rows)
        {
            for (var k = 0; k < row.Length; k++)
            {
                if (k > 0) output.Write(',');
                if (!row[k].TryFormat(buffer, out var n, "R", CultureInfo.InvariantCulture)) throw new InvalidOperationException($"cannot format {row[k]}");
                output.Write(buffer[..n]);
            }
            output.Write('\n');
        }
    }
}
