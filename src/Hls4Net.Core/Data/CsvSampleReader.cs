using System.Globalization;

namespace Hls4Net.Core.Data;

/// <summary>
/// Reads samples from text: one sample per line, values separated by commas and/or whitespace
/// (hls4ml's tb_input_features.dat format is accepted too). Blank lines and lines starting with '#' are skipped;
/// a first line that is entirely non-numeric is taken as a header. NaN and ±inf are refused (<see cref="FiniteInputRule"/>);
/// messages number samples and columns from 1.
/// </summary>
public sealed class CsvSampleReader
{
    private static readonly char[] Separators = [',', ' ', '\t', ';'];

    public SampleSet Read(string path)
    {
        if (!File.Exists(path)) throw new InputDataException($"input file not found: '{path}'");
        return Parse(File.ReadAllLines(path), Path.GetFileName(path));
    }

    public SampleSet Parse(IReadOnlyList<string> lines, string source)
    {
        var rows = new List<double[]>();
        for (var n = 0; n < lines.Count; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            if (rows.Count == 0 && cells.All(c => !IsNumber(c))) continue; // header
            var row = new double[cells.Length];
            var sample = rows.Count + 1;
            for (var c = 0; c < cells.Length; c++)
            {
                var where = $"{source} sample {sample}, column {c + 1} (line {n + 1})";
                if (FiniteInputRule.IsNonFinite(cells[c])) throw FiniteInputRule.Refused(where, cells[c]);
                if (!double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c]))
                {
                    throw new InputDataException($"{where}: '{cells[c]}' is not a number");
                }
            }
            if (rows.Count > 0 && row.Length != rows[0].Length)
            {
                throw new InputDataException($"{source} sample {sample} (line {n + 1}): {row.Length} values, but the first sample has {rows[0].Length}");
            }
            rows.Add(row);
        }
        if (rows.Count == 0) throw new InputDataException($"{source}: no samples found");
        return new SampleSet(rows, source);
    }

    private static bool IsNumber(string cell) =>
        FiniteInputRule.IsNonFinite(cell) || double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out _);
}
