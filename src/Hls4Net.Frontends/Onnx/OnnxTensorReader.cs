using System.Buffers.Binary;
using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx;

/// <summary>Decodes a <see cref="TensorProto"/> (raw_data or the typed *_data fields) into an <see cref="OnnxConstant"/>.</summary>
internal sealed class OnnxTensorReader
{
    private readonly string _modelName;

    public OnnxTensorReader(string modelName) => _modelName = modelName;

    public OnnxConstant Read(TensorProto tensor, string? nameOverride = null)
    {
        var name = nameOverride ?? tensor.Name;
        if (tensor.DataLocation == TensorProto.Types.DataLocation.External || tensor.ExternalData.Count > 0)
        {
            throw new ModelLoadException($"external tensor data is not supported yet (tensor '{name}' in model '{_modelName}')");
        }
        var dims = tensor.Dims.ToArray();
        long count = 1;
        foreach (var d in dims)
        {
            if (d < 0) throw Fail(name, $"has a negative dimension in shape [{string.Join(",", dims)}]");
            count *= d;
        }
        if (count > int.MaxValue) throw Fail(name, "is too large");
        var type = (DataType)tensor.DataType;
        var data = tensor.RawData.Length > 0 ? FromRaw(tensor.RawData, type, name) : FromTyped(tensor, type, name);
        if (data.Length != count)
        {
            throw Fail(name, $"holds {data.Length} values but its shape [{string.Join(",", dims)}] needs {count}");
        }
        return new OnnxConstant(name, dims, data, type);
    }

    private double[] FromRaw(ByteString raw, DataType type, string name)
    {
        var bytes = raw.Span;
        var width = type switch
        {
            DataType.Float or DataType.Int32 or DataType.Uint32 => 4,
            DataType.Double or DataType.Int64 or DataType.Uint64 => 8,
            DataType.Float16 or DataType.Int16 or DataType.Uint16 or DataType.Bfloat16 => 2,
            DataType.Int8 or DataType.Uint8 or DataType.Bool => 1,
            _ => throw Fail(name, $"has unsupported element type {type}"),
        };
        if (bytes.Length % width != 0) throw Fail(name, $"has {bytes.Length} raw bytes, not a multiple of {width} for {type}");
        var data = new double[bytes.Length / width];
        for (var i = 0; i < data.Length; i++)
        {
            var s = bytes.Slice(i * width, width);
            data[i] = type switch
            {
                DataType.Float => BinaryPrimitives.ReadSingleLittleEndian(s),
                DataType.Double => BinaryPrimitives.ReadDoubleLittleEndian(s),
                DataType.Int64 => BinaryPrimitives.ReadInt64LittleEndian(s),
                DataType.Uint64 => BinaryPrimitives.ReadUInt64LittleEndian(s),
                DataType.Int32 => BinaryPrimitives.ReadInt32LittleEndian(s),
                DataType.Uint32 => BinaryPrimitives.ReadUInt32LittleEndian(s),
                DataType.Float16 => (double)BinaryPrimitives.ReadHalfLittleEndian(s),
                DataType.Bfloat16 => BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(s) << 16),
                DataType.Int16 => BinaryPrimitives.ReadInt16LittleEndian(s),
                DataType.Uint16 => BinaryPrimitives.ReadUInt16LittleEndian(s),
                DataType.Int8 => (sbyte)s[0],
                _ => s[0],
            };
        }
        return data;
    }

    private double[] FromTyped(TensorProto t, DataType type, string name) => type switch
    {
        DataType.Float => t.FloatData.Select(f => (double)f).ToArray(),
        DataType.Double => t.DoubleData.ToArray(),
        DataType.Int64 => t.Int64Data.Select(v => (double)v).ToArray(),
        DataType.Uint32 or DataType.Uint64 => t.Uint64Data.Select(v => (double)v).ToArray(),
        DataType.Float16 => t.Int32Data.Select(v => (double)BitConverter.UInt16BitsToHalf((ushort)v)).ToArray(),
        DataType.Bfloat16 => t.Int32Data.Select(v => (double)BitConverter.Int32BitsToSingle(v << 16)).ToArray(),
        DataType.Int32 or DataType.Int16 or DataType.Int8 or DataType.Uint16 or DataType.Uint8 or DataType.Bool =>
            t.Int32Data.Select(v => (double)v).ToArray(),
        _ => throw Fail(name, $"has unsupported element type {type}"),
    };

    private ModelLoadException Fail(string name, string what) =>
        new($"tensor '{name}' in model '{_modelName}' {what}");
}
