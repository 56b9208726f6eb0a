using Google.Protobuf;
using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>Builds small ONNX models in code for importer tests (batch axis as dim_param "N").</summary>
internal sealed class OnnxModelBuilder
{
    private readonly ModelProto _model;

    public OnnxModelBuilder(long opset = 13, string name = "test")
    {
        Name = name + ".onnx";
        _model = new ModelProto { IrVersion = 8, ProducerName = "hls4net-tests", Graph = new GraphProto { Name = name } };
        _model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = opset });
    }

    public string Name { get; }

    public GraphProto Graph => _model.Graph;

    /// <summary>Import operator set <paramref name="version"/> of <paramref name="domain"/> too.</summary>
    public OnnxModelBuilder Opset(string domain, long version)
    {
        _model.OpsetImport.Add(new OperatorSetIdProto { Domain = domain, Version = version });
        return this;
    }

    public OnnxModelBuilder Input(string name, params long[] sampleDims) { Graph.Input.Add(ValueInfo(name, sampleDims)); return this; }

    public OnnxModelBuilder Output(string name, params long[] sampleDims) { Graph.Output.Add(ValueInfo(name, sampleDims)); return this; }

    /// <summary>A float initializer stored in float_data (or raw_data when <paramref name="raw"/>).</summary>
    public OnnxModelBuilder Init(string name, long[] dims, float[] data, bool raw = false)
    {
        Graph.Initializer.Add(FloatTensor(name, dims, data, raw));
        return this;
    }

    public OnnxModelBuilder InitInt64(string name, params long[] data)
    {
        var t = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Int64 };
        t.Dims.Add(data.Length);
        t.Int64Data.Add(data);
        Graph.Initializer.Add(t);
        return this;
    }

    /// <summary>Add a node; attributes are (name, value) with float, long, long[], float[] or TensorProto values.</summary>
    public OnnxModelBuilder Node(string opType, string name, string[] inputs, string output, params (string Name, object Value)[] attributes)
    {
        var n = new NodeProto { OpType = opType, Name = name };
        n.Input.Add(inputs);
        n.Output.Add(output);
        foreach (var (key, value) in attributes) n.Attribute.Add(Attribute(key, value));
        Graph.Node.Add(n);
        return this;
    }

    public byte[] Bytes() => _model.ToByteArray();

    public Graph Import() => new OnnxImporter().Import(Bytes(), Name);

    public string Print() => new GraphPrinter().Print(Import());

    public static TensorProto FloatTensor(string name, long[] dims, float[] data, bool raw = false)
    {
        var t = new TensorProto { Name = name, DataType = (int)TensorProto.Types.DataType.Float };
        t.Dims.Add(dims);
        if (raw)
        {
            var bytes = new byte[data.Length * 4];
            for (var i = 0; i < data.Length; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 4), data[i]);
            t.RawData = ByteString.CopyFrom(bytes);
        }
        else
        {
            t.FloatData.Add(data);
        }
        return t;
    }

    private static ValueInfoProto ValueInfo(string name, long[] sampleDims)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        foreach (var d in sampleDims) shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)TensorProto.Types.DataType.Float, Shape = shape } },
        };
    }

    private static AttributeProto Attribute(string name, object value)
    {
        var a = new AttributeProto { Name = name };
        switch (value)
        {
            case float f: a.Type = AttributeProto.Types.AttributeType.Float; a.F = f; break;
            case long i: a.Type = AttributeProto.Types.AttributeType.Int; a.I = i; break;
            case int i: a.Type = AttributeProto.Types.AttributeType.Int; a.I = i; break;
            case long[] ints: a.Type = AttributeProto.Types.AttributeType.Ints; a.Ints.Add(ints); break;
            case float[] fs: a.Type = AttributeProto.Types.AttributeType.Floats; a.Floats.Add(fs); break;
            case TensorProto t: a.Type = AttributeProto.Types.AttributeType.Tensor; a.T = t; break;
            case string s: a.Type = AttributeProto.Types.AttributeType.String; a.S = Google.Protobuf.ByteString.CopyFromUtf8(s); break;
            default: throw new ArgumentException($"unsupported attribute value type {value.GetType()}");
        }
        return a;
    }
}
