using System.Globalization;
using Hls4Net.Backends.Cpp.Build;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>Reads tb_data/csim_results.log: one sample per line, values separated by spaces (%.17g, or the exact
/// <c>[-]0x&lt;hex&gt;p&lt;e&gt;</c> form of outputs wider than 53 bits, see <see cref="CsimValue"/>).</summary>
public static class CsimLogParser
{
    /// <summary>The values as doubles (exact tokens rounded to the nearest double).</summary>
    public static IReadOnlyList<double[]> Parse(string text, string sourceName) =>
        ParseValues(text, sourceName).Select(r => r.Select(v => v.Value).ToArray()).ToList();

    /// <summary>The values as printed, exact tokens kept exact.</summary>
    public static IReadOnlyList<CsimValue[]> ParseValues(string text, string sourceName)
    {
        var rows = new List<CsimValue[]>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var row = new CsimValue[parts.Length];
            for (var j = 0; j < parts.Length; j++)
            {
                row[j] = CsimValue.TryParseExact(parts[j], out var exact) ? exact : new CsimValue(ParseValue(parts[j], sourceName, i + 1));
            }
            rows.Add(row);
        }
        return rows;
    }

    private static double ParseValue(string s, string sourceName, int line)
    {
        switch (s.ToLowerInvariant())
        {
            case "inf": case "+inf": return double.PositiveInfinity;
            case "-inf": return double.NegativeInfinity;
            case "nan": case "-nan": return double.NaN;
        }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)) return v;
        throw new CsimException($"{sourceName} line {line}: '{s}' is not a number");
    }
}
