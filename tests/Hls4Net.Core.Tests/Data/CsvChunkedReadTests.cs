using System.Text;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

/// <summary>
/// <see cref="CsvSampleReader.Read(string)"/> parses a file as it reads it, a chunk at a time, into one batch-major
/// array. The reference is <see cref="CsvSampleReader.ParseBytes"/> on the whole file's bytes (itself checked against the
/// line-by-line string path in <see cref="CsvByteParsingTests"/>): every chunk size, including ones that cut a "\r\n"
/// pair, a number or a line longer than the chunk, gives the same rows or the same message.
/// </summary>
public sealed class CsvChunkedReadTests : IDisposable
{
    private static readonly int[] ChunkSizes = [16, 17, 23, 64, 100, 4096, CsvSampleReader.ChunkBytes];
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-csv-chunks-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void RandomFilesGiveTheRowsOfTheWholeFileParse()
    {
        var rng = new Random(20261203);
        for (var n = 0; n < 60; n++)
        {
            var text = RandomFile(rng, width: 1 + rng.Next(6), rows: 1 + rng.Next(120));
            var path = Write($"r{n}.csv", Encoding.ASCII.GetBytes(text));
            var expected = new CsvSampleReader().ParseBytes(File.ReadAllBytes(path), $"r{n}.csv");
            foreach (var chunk in ChunkSizes)
            {
                var actual = new CsvSampleReader().Read(path, chunk);
                Assert.Equal(expected.Count, actual.Count);
                Assert.Equal(expected.Source, actual.Source);
                for (var r = 0; r < expected.Count; r++)
                {
                    var same = expected.Rows[r].Select(BitConverter.DoubleToInt64Bits).SequenceEqual(actual.Rows[r].Select(BitConverter.DoubleToInt64Bits));
                    Assert.True(same, $"file {n}, chunk {chunk}, row {r + 1}: [{string.Join(", ", expected.Rows[r])}] expected, got [{string.Join(", ", actual.Rows[r])}]");
                }
                Assert.Equal(expected.Flatten(), actual.Flatten());
            }
        }
    }

    [Theory]
    [InlineData("x,y\r\n1,2\r\n# c\r\n\r\n3,4\r\n5,6\r\n7,nan\r\n", "e.csv sample 4, column 2 (line 7): 'nan' is not a finite number (" + FiniteInputRule.Rule + ")")]
    [InlineData("1,2\r3,4\r5,6\r7,8\r9,10\r11\r", "e.csv sample 6 (line 6): 1 values, but the first sample has 2")]
    [InlineData("1,2\n3,4\n5,6\n7,8\n9,10\n11,12\n13,x\n", "e.csv sample 7, column 2 (line 7): 'x' is not a number")]
    [InlineData("# a\n\n# b\n\n\n\n", "e.csv: no samples found")]
    public void ErrorsLateInTheFileNameTheSameSampleAndLine(string text, string message)
    {
        var path = Write("e.csv", Encoding.ASCII.GetBytes(text));
        foreach (var chunk in ChunkSizes)
        {
            var e = Assert.Throws<InputDataException>(() => new CsvSampleReader().Read(path, chunk));
            Assert.Equal(message, e.Message);
        }
    }

    [Fact]
    public void ANonAsciiByteInALaterChunkReadsTheFileAsText()
    {
        // A Latin-1 'é' (0xE9) in a late header-like comment, and a UTF-8 no-break space in a late cell: both force the decoding path.
        var rows = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"{i},{i * 0.5}"));
        foreach (var tail in new[] { "\n# caf\u00e9\n41,2\n", "\n41,\u00a02\n" })
        {
            var bytes = tail.Contains('\u00e9') ? Encoding.Latin1.GetBytes(rows + tail) : Encoding.UTF8.GetBytes(rows + tail);
            var path = Write("n.csv", bytes);
            var expected = Outcome(() => new CsvSampleReader().ParseBytes(bytes, "n.csv"));
            foreach (var chunk in ChunkSizes) Assert.Equal(expected, Outcome(() => new CsvSampleReader().Read(path, chunk)));
        }
    }

    [Fact]
    public void AFlatSetHandsOverItsArrayAndMakesRowsOnDemand()
    {
        var path = Write("f.csv", "1,2,3\n4,5,6\n"u8.ToArray());
        var set = new CsvSampleReader().Read(path);
        Assert.Same(set.Flatten(), set.Flatten());
        Assert.Equal([1.0, 2, 3, 4, 5, 6], set.Flatten());
        Assert.Equal([4.0, 5, 6], set.Rows[1]);
        set.ExpectWidth(3, "the model");
        var e = Assert.Throws<InputDataException>(() => set.ExpectWidth(4, "model input 'x'"));
        Assert.Equal("f.csv: sample 1 has 3 values but model input 'x' expects 4", e.Message);
    }

    private static string Outcome(Func<SampleSet> read)
    {
        try
        {
            var set = read();
            return string.Join("|", set.Rows.Select(r => string.Join(",", r.Select(v => BitConverter.DoubleToInt64Bits(v)))));
        }
        catch (InputDataException e)
        {
            return "error: " + e.Message;
        }
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>
    /// Rows of random numbers (repr-like, exponent, integer, signed), separated by commas, spaces, tabs or semicolons,
    /// ending in \n, \r\n or \r at random, with comments, blank lines, sometimes a header, a long row of padding and no
    /// final line break.
    /// </summary>
    private static string RandomFile(Random rng, int width, int rows)
    {
        var text = new StringBuilder();
        string Eol() => rng.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" };
        if (rng.Next(3) == 0) text.Append(string.Join(",", Enumerable.Range(0, width).Select(i => $"f{i}"))).Append(Eol());
        for (var r = 0; r < rows; r++)
        {
            if (rng.Next(10) == 0) text.Append("# comment ").Append(r).Append(Eol());
            if (rng.Next(10) == 0) text.Append(rng.Next(2) == 0 ? "" : "   \t").Append(Eol());
            for (var c = 0; c < width; c++)
            {
                if (c > 0) text.Append(rng.Next(4) switch { 0 => ",", 1 => " , ", 2 => "\t", _ => ";" });
                if (rng.Next(40) == 0) text.Append(new string(' ', 60)); // wider than the small chunks
                var v = (rng.NextDouble() * 2 - 1) * Math.Pow(10, rng.Next(-8, 9));
                text.Append(rng.Next(4) switch
                {
                    0 => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
                    1 => v.ToString("E17", System.Globalization.CultureInfo.InvariantCulture),
                    2 => ((long)(v * 1000)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    _ => v.ToString("G6", System.Globalization.CultureInfo.InvariantCulture),
                });
            }
            if (r < rows - 1 || rng.Next(2) == 0) text.Append(Eol());
        }
        return text.ToString();
    }
}
