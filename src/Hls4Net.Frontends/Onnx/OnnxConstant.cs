using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// A constant ONNX tensor (initializer or Constant node) with its full ONNX shape, batch included when present.
/// Values are held as doubles: exact for float32, int32 and shape-sized int64 values.
/// </summary>
internal sealed class OnnxConstant
{
    public OnnxConstant(string name, long[] dims, double[] data, TensorProto.Types.DataType elementType)
    {
        Name = name;
        Dims = dims;
        Data = data;
        ElementType = elementType;
    }

    public string Name { get; }

    public long[] Dims { get; }

    public double[] Data { get; }

    public TensorProto.Types.DataType ElementType { get; }

    public int Rank => Dims.Length;

    public int Size => Data.Length;

    public string ShapeText => Dims.Length == 0 ? "scalar" : "[" + string.Join(",", Dims) + "]";

    /// <summary>The values rounded to float32.</summary>
    public float[] ToFloats() => Data.Select(d => (float)d).ToArray();

    /// <summary>The values as integers (for shape and axis tensors).</summary>
    public long[] ToInt64s() => Data.Select(d => (long)d).ToArray();

    /// <summary>The values as a rank-1 float tensor.</summary>
    public ConstTensor ToVector() => new(new Shape(Size), ToFloats());

    /// <summary>The same data under another name and element type (Identity, Cast).</summary>
    public OnnxConstant Renamed(string name, TensorProto.Types.DataType? type = null) => new(name, Dims, Data, type ?? ElementType);
}
