using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.SampleMaker;

/// <summary>Builds an ONNX ModelProto (ir_version 8, opset 13, batch axis "N") with float32 initializers.</summary>
internal sealed class OnnxWriter
{
    private readonly ModelProto _model;
    private readonly bool _rawData;

    public OnnxWriter(string graphName, bool rawData)
    {
        _rawData = rawData;
        _model = new ModelProto
        {
            IrVersion = 8,
            ProducerName = "hls4net-samplemaker",
            ProducerVersion = "1",
            Graph = new GraphProto { Name = graphName },
        };
        _model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
    }

    private GraphProto Graph => _model.Graph;

    public void Input(string name, int features) => Graph.Input.Add(ValueInfo(name, features));

    public void Output(string name, int features) => Graph.Output.Add(ValueInfo(name, features));

    /// <summary>Float32 initializer (raw little-endian bytes or float_data).</summary>
    public string Initializer(string name, long[] dims, IEnumerable<double> values)
    {
        var data = values.Select(v => (float)v).ToArray();
        var t = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        t.Dims.Add(dims);
        if (_rawData)
        {
            var bytes = new byte[data.Length * 4];
            for (var i = 0; i < data.Length; i++) System.Buffers.Binary.BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * 4), data[i]);
            t.RawData = ByteString.CopyFrom(bytes);
        }
        else
        {
            t.FloatData.Add(data);
        }
        Graph.Initializer.Add(t);
        return name;
    }

    public void Node(string opType, string name, string[] inputs, string output, params AttributeProto[] attributes)
    {
        var n = new NodeProto { OpType = opType, Name = name };
        n.Input.Add(inputs);
        n.Output.Add(output);
        n.Attribute.Add(attributes);
        Graph.Node.Add(n);
    }

    public static AttributeProto Int(string name, long value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    public static AttributeProto Float(string name, float value) =>
        new() { Name = name, Type = AttributeProto.Types.AttributeType.Float, F = value };

    public byte[] ToBytes() => _model.ToByteArray();

    private static ValueInfoProto ValueInfo(string name, int features)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = features });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }
}
