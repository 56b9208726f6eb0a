using System.Globalization;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

public sealed class CsvRowWriterTests
{
    private static string Format(IReadOnlyList<double[]> rows)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        CsvRowWriter.Write(rows, output);
        return output.ToString();
    }

    [Fact]
    public void WritesHandCheckedRows() =>
        Assert.Equal("0.5,-1,0\n3.0517578125E-05,1E+300,-0\n", Format([[0.5, -1, 0], [Math.Pow(2, -15), 1e300, -0.0]]));

    /// <summary>By hand: "R" is the shortest round-trip form; integers print without a point; exponents keep .NET's "E" spelling; an empty row is an empty line.</summary>
    [Fact]
    public void WritesRoundTripValuesAndEmptyRows() =>
        Assert.Equal("0.5,-1,0.1\n1E-09,1.7976931348623157E+308\n\n", Format([[0.5, -1.0, 0.1], [1e-9, 1.7976931348623157E+308], []]));

    [Fact]
    public void WritesNothingForNoRows() => Assert.Empty(Format([]));

    /// <summary>Many rows cross the writer's 32k-character block boundary at every offset: the text is still each row's values joined.</summary>
    [Fact]
    public void RowsAcrossBlockBoundariesAreWrittenWhole()
    {
        var rows = Enumerable.Range(0, 20000).Select(r => Enumerable.Range(0, r % 7).Select(k => -1.0 / (r + k + 3)).ToArray()).ToList();
        var expected = string.Concat(rows.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n"));
        Assert.Equal(expected, Format(rows));
    }

    /// <summary>The text the emulate command wrote before (string.Join of ToString("R") per row), on awkward values and ragged rows.</summary>
    [Fact]
    public void WritesWhatStringJoinOfRoundTripTextWrote()
    {
        var rng = new Random(7);
        double[] awkward = [double.Epsilon, -double.Epsilon, double.MaxValue, double.MinValue, -1.2345678901234567E-308, 0.1 + 0.2, 1.0 / 3, -0.0, 2.2250738585072014E-308, 123456789012345678, 1e-5, 0.0009765625];
        var rows = new List<double[]> { awkward };
        for (var r = 0; r < 200; r++)
        {
            rows.Add(Enumerable.Range(0, 1 + r % 9).Select(_ => (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-320, 308))).ToArray());
        }
        var expected = string.Concat(rows.Select(r => string.Join(",", r.Select(v => v.ToString("R", CultureInfo.InvariantCulture))) + "\n"));

        Assert.Equal(expected, Format(rows));
    }
}
