using System.Text;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

/// <summary>NaN and ±inf are refused by every reader with one message; samples and columns are numbered from 1.</summary>
public class FiniteInputRuleTests
{
    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("inf")]
    [InlineData("-inf")]
    [InlineData("+Inf")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void CsvRefusesNonFiniteCellsNamingSampleAndColumnFromOne(string cell)
    {
        // Line 1 is a header, line 2 a comment: the bad cell is sample 2, column 3, on line 4.
        var e = Assert.Throws<InputDataException>(() => new CsvSampleReader().Parse(["a,b,c", "# x", "1,2,3", $"4,5,{cell}"], "x.csv"));
        Assert.Equal($"x.csv sample 2, column 3 (line 4): '{cell}' is not a finite number ({FiniteInputRule.Rule})", e.Message);
    }

    [Fact]
    public void AFirstLineOfInfinitiesIsNotMistakenForAHeader()
    {
        var e = Assert.Throws<InputDataException>(() => new CsvSampleReader().Parse(["inf,inf", "1,2"], "x.csv"));
        Assert.StartsWith("x.csv sample 1, column 1 (line 1): 'inf' is not a finite number", e.Message);
    }

    [Theory]
    [InlineData(float.NaN, "NaN")]
    [InlineData(float.PositiveInfinity, "+inf")]
    [InlineData(float.NegativeInfinity, "-inf")]
    public void NpyRefusesNonFiniteValuesWithTheSameMessage(float bad, string text)
    {
        var e = Assert.Throws<InputDataException>(() => new NpySampleReader().Parse(Npy([1, 2, 3, 4, bad, 6]), "x.npy"));
        Assert.Equal($"x.npy sample 2, column 2: '{text}' is not a finite number ({FiniteInputRule.Rule})", e.Message);
    }

    [Fact]
    public void RaggedCsvRowNamesTheSampleFromOne()
    {
        var e = Assert.Throws<InputDataException>(() => new CsvSampleReader().Parse(["1,2", "3"], "x.csv"));
        Assert.Equal("x.csv sample 2 (line 2): 1 values, but the first sample has 2", e.Message);
    }

    /// <summary>A 2×3 float32 .npy v1.0 file built by hand.</summary>
    private static byte[] Npy(float[] values)
    {
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        header = header.PadRight(64 - 10 - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)header.Length, 0]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var v in values) bytes.AddRange(BitConverter.GetBytes(v));
        return bytes.ToArray();
    }
}
