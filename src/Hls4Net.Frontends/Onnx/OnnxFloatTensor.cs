using System.Buffers.Binary;
using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx;

/// <summary>The float32 initializers our ONNX writers emit: raw little-endian data, as exporters write it.</summary>
public static class OnnxFloatTensor
{
    /// <summary>A float tensor named <paramref name="name"/> of shape <paramref name="dims"/> holding <paramref name="values"/>.</summary>
    public static TensorProto Create(string name, IEnumerable<long> dims, ReadOnlySpan<float> values)
    {
        var bytes = new byte[values.Length * 4];
        for (var i = 0; i < values.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), values[i]);
        var t = new TensorProto { Name = name, DataType = (int)DataType.Float, RawData = ByteString.CopyFrom(bytes) };
        t.Dims.AddRange(dims);
        return t;
    }
}
