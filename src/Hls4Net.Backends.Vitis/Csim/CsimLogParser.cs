using System.Globalization;

namespace Hls4Net.Backends.Vitis.Csim;

/// <summary>Reads tb_data/csim_results.log: one sample per line, values separated by spaces (%.17g).</summary>
public static class CsimLogParser
{
    public static IReadOnlyList<double[]> Parse(string text, string sourceName)
    {
        var rows = new List<double[]>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0) continue;
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var row = new double[parts.Length];
            for (var j = 0; j < parts.Length; j++) row[j] = ParseValue(parts[j], sourceName, i + 1);
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
