using System.Text;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

/// <summary>
/// <see cref="CsvSampleReader.ParseBytes"/> (the fast path files take) against hand-written expectations, and against the
/// line-by-line string path (<see cref="CsvSampleReader.Parse"/>) on awkward inputs: the same rows or the same message.
/// </summary>
public class CsvByteParsingTests
{
    private static SampleSet Bytes(string text) => new CsvSampleReader().ParseBytes(Encoding.UTF8.GetBytes(text), "x.csv");

    [Fact]
    public void LineEndingsCommentsHeaderAndSeparators()
    {
        var set = Bytes("f0,f1,f2\r\n# note\r\n1, 2.5 ,-3e-2\r\n\r\n4 5\t6\r7;8;+.5\n  -0 ,1E2,  2  ");
        Assert.Equal(4, set.Count);
        Assert.Equal([1, 2.5, -0.03], set.Rows[0]);
        Assert.Equal([4, 5, 6], set.Rows[1]);
        Assert.Equal([7, 8, 0.5], set.Rows[2]);
        Assert.Equal([0, 100, 2], set.Rows[3]);
    }

    [Theory]
    [InlineData("1,2\n3,nan\n", "x.csv sample 2, column 2 (line 2): 'nan' is not a finite number (" + FiniteInputRule.Rule + ")")]
    [InlineData("1,2\r\n\r\n3,-inf\r\n", "x.csv sample 2, column 2 (line 3): '-inf' is not a finite number (" + FiniteInputRule.Rule + ")")]
    [InlineData("1,2\r3,1e400\r", "x.csv sample 2, column 2 (line 2): '1e400' is not a finite number (" + FiniteInputRule.Rule + ")")]
    [InlineData("a,b\n1,2\n3,x4\n", "x.csv sample 2, column 2 (line 3): 'x4' is not a number")]
    [InlineData("1,2\n# c\n3\n", "x.csv sample 2 (line 3): 1 values, but the first sample has 2")]
    [InlineData("1,2\n3,4,5\n", "x.csv sample 2 (line 2): 3 values, but the first sample has 2")]
    [InlineData("# only a comment\n\n", "x.csv: no samples found")]
    [InlineData("a,b\n", "x.csv: no samples found")]
    public void ErrorsNameTheSampleColumnAndLineFromOne(string text, string message)
    {
        var e = Assert.Throws<InputDataException>(() => Bytes(text));
        Assert.Equal(message, e.Message);
    }

    [Theory]
    [InlineData("1,2\n3,4\n")]
    [InlineData("h1;h2\n,,1,,2,,\n3\t\t4\n")]
    [InlineData("1\v,2\f\n3,4\n")]
    [InlineData(",,,\n1,2\n")]
    [InlineData("1,2\n,,,\n")]
    [InlineData("NaN,1\n")]
    [InlineData("Infinity,1\n")]
    [InlineData("1,∞\n")]
    [InlineData("\uFEFF1,2\n3,4\n")]
    [InlineData("1,2\u00A0\n3,4\n")]
    [InlineData("é,ß\n1,2\n")]
    [InlineData("0x10,1\n")]
    [InlineData("1,2,\n3,4\n")]
    [InlineData("1.5e+3,-2.25E-1\n+4,5.\n")]
    [InlineData("1,2\r\n3,4\r\n5,six\r\n")]
    public void BytesAndLinesGiveTheSameRowsOrTheSameMessage(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split(["\r\n", "\r", "\n"], StringSplitOptions.None);
        Assert.Equal(Outcome(() => new CsvSampleReader().Parse(lines, "x.csv")), Outcome(() => Bytes(text)));
    }

    private static string Outcome(Func<SampleSet> read)
    {
        try
        {
            var set = read();
            return string.Join("\n", set.Rows.Select(r => string.Join(",", r.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))));
        }
        catch (InputDataException e)
        {
            return "error: " + e.Message;
        }
    }
}
