using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Hls4Net.Core.Data;

namespace Hls4Net.Benchmarks;

/// <summary>
/// The emulate/verify input readers on in-memory files (no disk): 50,000 samples of 16 seeded N(0,1) values as CSV
/// (shortest round-trip text, about 16 MB, and numpy's "%.18e", about 20 MB) and as .npy float64 (6.4 MB) and float32 (3.2 MB). Megabytes per second =
/// the file size (printed at set-up) over the mean. Target (issue 15): at least 100 MB/s.
/// </summary>
[MemoryDiagnoser]
public class SampleReaderBenchmarks
{
    private const int Rows = 50_000;
    private const int Width = 16;

    private byte[] _csv = [];
    private byte[] _csvNumpy = [];
    private byte[] _npy64 = [];
    private byte[] _npy32 = [];

    [GlobalSetup]
    public void Setup()
    {
        var set = SampleSet.Random(Rows, Width, seed: 0);
        var text = new StringBuilder();
        foreach (var row in set.Rows) text.AppendJoin(',', row.Select(v => v.ToString("R", CultureInfo.InvariantCulture))).Append('\n');
        _csv = Encoding.ASCII.GetBytes(text.ToString());
        text.Clear();
        foreach (var row in set.Rows) text.AppendJoin(',', row.Select(NumpyText)).Append('\n');
        _csvNumpy = Encoding.ASCII.GetBytes(text.ToString());
        _npy64 = Npy("<f8", set.Flatten().SelectMany(BitConverter.GetBytes).ToArray());
        _npy32 = Npy("<f4", set.Flatten().SelectMany(v => BitConverter.GetBytes((float)v)).ToArray());
        Console.WriteLine($"// sizes: csv {_csv.Length:N0} bytes, csv %.18e {_csvNumpy.Length:N0} bytes, npy f8 {_npy64.Length:N0} bytes, npy f4 {_npy32.Length:N0} bytes");
    }

    /// <summary>The sizes of the three files, in bytes (after <see cref="Setup"/>).</summary>
    public long CsvBytes => _csv.Length;

    public long CsvNumpyBytes => _csvNumpy.Length;

    public long NpyFloat64Bytes => _npy64.Length;

    public long NpyFloat32Bytes => _npy32.Length;

    [Benchmark(Description = "CSV, 50,000 x 16 (shortest round-trip text)")]
    public int Csv() => new CsvSampleReader().ParseBytes(_csv, "x.csv").Count;

    /// <summary>The same values as numpy.savetxt writes them by default ("%.18e": 19 significant digits).</summary>
    [Benchmark(Description = "CSV, 50,000 x 16 (numpy.savetxt %.18e text)")]
    public int CsvNumpy() => new CsvSampleReader().ParseBytes(_csvNumpy, "x.csv").Count;

    /// <summary>The string path every line took before the byte parser: decode, split into lines, <see cref="CsvSampleReader.Parse"/>.</summary>
    [Benchmark(Description = "CSV as lines (the string path)")]
    public int CsvLines()
    {
        using var reader = new StreamReader(new MemoryStream(_csv, writable: false));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return new CsvSampleReader().Parse(lines, "x.csv").Count;
    }

    [Benchmark(Description = "NPY float64, 50,000 x 16")]
    public int NpyFloat64() => new NpySampleReader().Parse(_npy64, "x.npy").Count;

    [Benchmark(Description = "NPY float32, 50,000 x 16")]
    public int NpyFloat32() => new NpySampleReader().Parse(_npy32, "x.npy").Count;

    /// <summary>numpy's "%.18e": 19 significant digits and an exponent of at least two digits ("1.5e+00").</summary>
    private static string NumpyText(double v)
    {
        var text = v.ToString("e18", CultureInfo.InvariantCulture); // "1.500000000000000000e+000"
        var e = text.IndexOf('e');
        var exponent = int.Parse(text.AsSpan(e + 1), CultureInfo.InvariantCulture);
        return $"{text[..e]}e{(exponent < 0 ? '-' : '+')}{Math.Abs(exponent):00}";
    }

    private static byte[] Npy(string descr, byte[] data)
    {
        var header = $"{{'descr': '{descr}', 'fortran_order': False, 'shape': ({Rows}, {Width}), }}";
        header = header.PadRight(128 - 10 - 1) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)header.Length, 0]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        bytes.AddRange(data);
        return bytes.ToArray();
    }
}
