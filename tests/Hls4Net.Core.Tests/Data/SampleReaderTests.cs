using System.Text;
using Hls4Net.Core.Data;

namespace Hls4Net.Core.Tests.Data;

public class SampleReaderTests
{
    [Fact]
    public void CsvWithHeaderCommentsAndMixedSeparators()
    {
        var set = new CsvSampleReader().Parse(["a,b,c", "# comment", "1, 2.5, -3e-2", "", "4 5\t6"], "x.csv");
        Assert.Equal(2, set.Count);
        Assert.Equal([1, 2.5, -0.03], set.Rows[0]);
        Assert.Equal([4, 5, 6], set.Rows[1]);
    }

    [Fact]
    public void NonNumericCellNamesLineAndColumn()
    {
        var e = Assert.Throws<InputDataException>(() => new CsvSampleReader().Parse(["1,2", "3,abc"], "x.csv"));
        Assert.Equal("x.csv sample 2, column 2 (line 2): 'abc' is not a number", e.Message);
    }

    [Fact]
    public void RaggedRowsAndWidthMismatchAreErrors()
    {
        Assert.Throws<InputDataException>(() => new CsvSampleReader().Parse(["1,2", "3"], "x.csv"));
        var set = new CsvSampleReader().Parse(["1,2,3"], "x.csv");
        var e = Assert.Throws<InputDataException>(() => set.ExpectWidth(16, "model input 'x'"));
        Assert.Contains("has 3 values but model input 'x' expects 16", e.Message);
    }

    [Fact]
    public void NpyFloat32TwoByThree()
    {
        // Hand-built .npy v1.0: header dict padded so that data starts at a multiple of 16.
        var header = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
        header = header.PadRight(64 - 10 - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)header.Length, 0]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        foreach (var v in new float[] { 1, 2, 3, -0.5f, 0.25f, 100 }) bytes.AddRange(BitConverter.GetBytes(v));

        var set = new NpySampleReader().Parse(bytes.ToArray(), "x.npy");

        Assert.Equal([1, 2, 3], set.Rows[0]);
        Assert.Equal([-0.5, 0.25, 100], set.Rows[1]);
        Assert.Throws<InputDataException>(() => new NpySampleReader().Parse(bytes.Take(70).ToArray(), "x.npy"));
    }

    [Fact]
    public void RandomSamplesAreDeterministicPerSeed()
    {
        var a = SampleSet.Random(3, 4, seed: 7);
        var b = SampleSet.Random(3, 4, seed: 7);
        var c = SampleSet.Random(3, 4, seed: 8);
        Assert.Equal(a.Flatten(), b.Flatten());
        Assert.NotEqual(a.Flatten(), c.Flatten());
    }
}
