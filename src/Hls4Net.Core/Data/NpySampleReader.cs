using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
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
        if (major is < 1 or > 3) throw new InputDataException($"{source}: unsupported .npy format version {major}.{bytes[7]}");
        var start = major == 1 ? 10 : 12;
        if (bytes.Length < start) throw new InputDataException($"{source}: truncated .npy header");
        long headerLen = major == 1 ? BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(8)) : BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8));
        if (start + headerLen > bytes.Length) throw new InputDataException($"{source}: truncated .npy header");
        var header = Encoding.Latin1.GetString(bytes, start, (int)headerLen);
        var descr = DescrPattern().Match(header);
        var shape = ShapePattern().Match(header);
        if (!descr.Success || !shape.Success) throw new InputDataException($"{source}: unreadable .npy header");
        if (header.Contains("'fortran_order': True", StringComparison.Ordinal)) throw new InputDataException($"{source}: Fortran-order arrays are not supported");
        var dims = Dims(shape.Groups[1].Value, source);
        var (dtype, size) = Dtype(descr.Groups[1].Value, source);
        // The product is checked before anything is allocated: a few header bytes can declare any size.
        var total = 1L;
        foreach (var d in dims) total = d == 0 || total == 0 ? 0 : total > int.MaxValue / d ? long.MaxValue : total * d;
        if (total > int.MaxValue) throw new InputDataException($"{source}: .npy shape ({shape.Groups[1].Value}) holds more than {int.MaxValue} values");
        var data = bytes.AsSpan(start + (int)headerLen);
        if (data.Length < total * size) throw new InputDataException($"{source}: truncated data ({data.Length} bytes for {total} values)");
        var count = dims.Length <= 1 ? 1 : (int)dims[0];
        if (count == 0) throw new InputDataException($"{source}: no samples (shape ({shape.Groups[1].Value}))");
        var width = (int)(total / count);
        if (width == 0) throw new InputDataException($"{source}: the samples have no values (shape ({shape.Groups[1].Value}))");
        var rows = new List<double[]>(count);
        for (var i = 0; i < count; i++)
        {
            var row = new double[width];
            Decode(dtype, data.Slice(i * width * size, width * size), row);
            for (var j = 0; j < width; j++)
            {
                if (!double.IsFinite(row[j])) throw FiniteInputRule.Refused($"{source} sample {i + 1}, column {j + 1}", row[j]);
            }
            rows.Add(row);
        }
        return new SampleSet(rows, source);
    }

    private static long[] Dims(string text, string source)
    {
        var parts = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var dims = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out dims[i]) || dims[i] > int.MaxValue)
            {
                throw new InputDataException($"{source}: .npy shape ({text}) is not a list of sizes (non-negative integers below 2^31)");
            }
        }
        return dims;
    }

    private enum ElementType { Float32, Float64, Int32, Int64 }

    private static (ElementType Type, int Size) Dtype(string descr, string source) => descr switch
    {
        "<f4" => (ElementType.Float32, 4),
        "<f8" => (ElementType.Float64, 8),
        "<i4" => (ElementType.Int32, 4),
        "<i8" => (ElementType.Int64, 8),
        _ => throw new InputDataException($"{source}: unsupported .npy dtype '{descr}' (use float32, float64, int32 or int64)"),
    };

    /// <summary>One row's little-endian values into <paramref name="row"/> (reinterpreted in place on little-endian machines).</summary>
    private static void Decode(ElementType type, ReadOnlySpan<byte> bytes, double[] row)
    {
        if (!BitConverter.IsLittleEndian)
        {
            for (var j = 0; j < row.Length; j++)
            {
                row[j] = type switch
                {
                    ElementType.Float64 => BinaryPrimitives.ReadDoubleLittleEndian(bytes[(j * 8)..]),
                    ElementType.Float32 => BinaryPrimitives.ReadSingleLittleEndian(bytes[(j * 4)..]),
                    ElementType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(bytes[(j * 4)..]),
                    _ => BinaryPrimitives.ReadInt64LittleEndian(bytes[(j * 8)..]),
                };
            }
            return;
        }
        switch (type)
        {
            case ElementType.Float64:
                bytes.CopyTo(MemoryMarshal.AsBytes(row.AsSpan()));
                break;
            case ElementType.Float32:
                var singles = MemoryMarshal.Cast<byte, float>(bytes);
                for (var j = 0; j < row.Length; j++) row[j] = singles[j];
                break;
            case ElementType.Int32:
                var ints = MemoryMarshal.Cast<byte, int>(bytes);
                for (var j = 0; j < row.Length; j++) row[j] = ints[j];
                break;
            default:
                var longs = MemoryMarshal.Cast<byte, long>(bytes);
                for (var j = 0; j < row.Length; j++) row[j] = longs[j];
                break;
        }
    }

    [GeneratedRegex(@"'descr':\s*'([^']+)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'shape':\s*\(([^)]*)\)")]
    private static partial Regex ShapePattern();
}
