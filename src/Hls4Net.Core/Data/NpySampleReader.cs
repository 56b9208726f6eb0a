using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace Hls4Net.Core.Data;

/// <summary>
/// Reads NumPy .npy arrays (format 1.0-3.0, C order, little-endian f4/f8/i4/i8). The first axis is the sample
/// axis; the remaining axes are flattened row-major. A 1-D array is one sample. NaN and ±inf are refused (<see cref="FiniteInputRule"/>).
/// </summary>
public sealed partial class NpySampleReader
{
    public SampleSet Read(string path)
    {
        if (!File.Exists(path)) throw new InputDataException($"input file not found: '{path}'");
        return Parse(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    public SampleSet Parse(byte[] bytes, string source)
    {
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
        {
            throw new InputDataException($"{source}: not a .npy file");
        }
        int major = bytes[6];
        int headerLen = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        var start = major == 1 ? 10 : 12;
        if (start + headerLen > bytes.Length) throw new InputDataException($"{source}: truncated .npy header");
        var header = Encoding.Latin1.GetString(bytes, start, headerLen);
        var descr = DescrPattern().Match(header);
        var shape = ShapePattern().Match(header);
        if (!descr.Success || !shape.Success) throw new InputDataException($"{source}: unreadable .npy header");
        if (header.Contains("'fortran_order': True", StringComparison.Ordinal)) throw new InputDataException($"{source}: Fortran-order arrays are not supported");
        var dims = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToArray();
        var (size, read) = Decoder(descr.Groups[1].Value, source);
        var total = dims.Aggregate(1L, (a, d) => a * d);
        var data = bytes.AsSpan(start + headerLen);
        if (data.Length < total * size) throw new InputDataException($"{source}: truncated data ({data.Length} bytes for {total} values)");
        var count = dims.Length <= 1 ? 1 : dims[0];
        var width = (int)(count == 0 ? 0 : total / count);
        var rows = new List<double[]>(count);
        for (var i = 0; i < count; i++)
        {
            var row = new double[width];
            for (var j = 0; j < width; j++)
            {
                row[j] = read(data.Slice((i * width + j) * size, size));
                if (!double.IsFinite(row[j])) throw FiniteInputRule.Refused($"{source} sample {i + 1}, column {j + 1}", row[j]);
            }
            rows.Add(row);
        }
        return new SampleSet(rows, source);
    }

    private delegate double ValueReader(ReadOnlySpan<byte> bytes);

    private static (int Size, ValueReader Read) Decoder(string descr, string source) => descr switch
    {
        "<f4" => (4, b => BinaryPrimitives.ReadSingleLittleEndian(b)),
        "<f8" => (8, b => BinaryPrimitives.ReadDoubleLittleEndian(b)),
        "<i4" => (4, b => BinaryPrimitives.ReadInt32LittleEndian(b)),
        "<i8" => (8, b => BinaryPrimitives.ReadInt64LittleEndian(b)),
        _ => throw new InputDataException($"{source}: unsupported .npy dtype '{descr}' (use float32, float64, int32 or int64)"),
    };

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
