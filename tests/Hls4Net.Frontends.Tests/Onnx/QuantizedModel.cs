using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>
/// Builds small quantized-ONNX graphs for import tests: QONNX <c>Quant</c>/<c>BipolarQuant</c>/<c>Trunc</c> nodes
/// (domain and string attributes, which <see cref="OnnxModelBuilder"/> does not write) and QDQ pairs.
/// </summary>
internal sealed class QuantizedModel
{
    public const string Qonnx = "qonnx.custom_op.general";

    public QuantizedModel(string domain = Qonnx)
    {
        Builder = new OnnxModelBuilder(13, "quantized").Opset(domain, 1);
        Domain = domain;
    }

    public OnnxModelBuilder Builder { get; }

    public string Domain { get; }

    private int _constants;

    /// <summary>A float constant; returns its name.</summary>
    public string Const(float[] data, params long[] dims)
    {
        var name = $"c{_constants++}";
        Builder.Init(name, dims, data);
        return name;
    }

    /// <summary>An integer constant of <paramref name="type"/> (int8, uint8, int32); returns its name.</summary>
    public string Ints(TensorProto.Types.DataType type, long[] dims, params int[] data)
    {
        var name = $"c{_constants++}";
        var t = new TensorProto { Name = name, DataType = (int)type };
        t.Dims.Add(dims);
        t.Int32Data.Add(data);
        Builder.Graph.Initializer.Add(t);
        return name;
    }

    /// <summary>A node of <paramref name="domain"/> with int and string attributes.</summary>
    public QuantizedModel Node(string op, string output, string[] inputs, string domain = "", params (string Name, object Value)[] attributes)
    {
        var n = new NodeProto { OpType = op, Name = output, Domain = domain };
        n.Input.Add(inputs);
        n.Output.Add(output);
        foreach (var (key, value) in attributes)
        {
            n.Attribute.Add(value switch
            {
                string s => new AttributeProto { Name = key, Type = AttributeProto.Types.AttributeType.String, S = ByteString.CopyFromUtf8(s) },
                float f => new AttributeProto { Name = key, Type = AttributeProto.Types.AttributeType.Float, F = f },
                long[] l => new AttributeProto { Name = key, Type = AttributeProto.Types.AttributeType.Ints, Ints = { l } },
                _ => new AttributeProto { Name = key, Type = AttributeProto.Types.AttributeType.Int, I = Convert.ToInt64(value) },
            });
        }
        Builder.Graph.Node.Add(n);
        return this;
    }

    /// <summary>A QONNX Quant of <paramref name="x"/> with one scale, zero point and bit width.</summary>
    public QuantizedModel Quant(string x, string output, float scale, int bits, int signed = 1, int narrow = 0, string mode = "ROUND", float zero = 0) =>
        Node("Quant", output, [x, Const([scale]), Const([zero]), Const([bits])], Domain, ("signed", signed), ("narrow", narrow), ("rounding_mode", mode));

    public byte[] Bytes() => Builder.Bytes();
}
