using System.Globalization;
using System.Text;

namespace Hls4Net.Backends.Vitis.Project;

/// <summary>Formats tb_data files: one sample per line, values separated by single spaces, round-trip "R" doubles.</summary>
public static class TestbenchData
{
    /// <summary>The text of a sample file; every row must have <paramref name="expectedLength"/> finite values.</summary>
    public static string Format(IReadOnlyList<double[]> samples, int expectedLength, string what)
    {
        var sb = new StringBuilder();
        for (var s = 0; s < samples.Count; s++)
        {
            var row = samples[s];
            if (row.Length != expectedLength)
            {
                throw new VitisBackendException($"{what} sample {s + 1}: expected {expectedLength} values, got {row.Length}");
            }
            for (var i = 0; i < row.Length; i++)
            {
                if (!double.IsFinite(row[i])) throw new VitisBackendException($"{what} sample {s + 1}, column {i + 1}: {row[i].ToString(CultureInfo.InvariantCulture)} is not a finite number");
                if (i > 0) sb.Append(' ');
                sb.Append(row[i].ToString("R", CultureInfo.InvariantCulture));
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }
}
