using System.Text;

namespace Hls4Net.Cli;

/// <summary>A plain, aligned text table (stable output for terminals, pipes and tests).</summary>
public sealed class TextTable
{
    public string Format(IReadOnlyList<string> header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header.ToArray() };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Count).Select(c => all.Max(r => r[c].Length)).ToArray();
        var sb = new StringBuilder();
        for (var i = 0; i < all.Count; i++)
        {
            sb.Append(string.Join("  ", all[i].Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).Append('\n');
            if (i == 0) sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        }
        return sb.ToString();
    }
}
