using Google.Protobuf;

namespace Hls4Net.Reference.Tests;

/// <summary>
/// Writes a minimal ONNX ModelProto by hand (wire format, field numbers from onnx.proto), independent of the
/// code under test: y = Relu(x + b) with an intermediate tensor "sum"; x and y are float [N, 3].
/// </summary>
public static class TinyOnnxModel
{
    public static readonly float[] Bias = [0.5f, -1f, 2f];

    /// <param name="exposeSum">Also list the intermediate "sum" as a graph output (name only, no type).</param>
    public static byte[] AddRelu(bool exposeSum = false)
    {
        var graph = Message(g =>
        {
            g.WriteTag(1, WireFormat.WireType.LengthDelimited); // node
            g.WriteBytes(Node("Add", ["x", "b"], "sum"));
            g.WriteTag(1, WireFormat.WireType.LengthDelimited);
            g.WriteBytes(Node("Relu", ["sum"], "y"));
            g.WriteTag(2, WireFormat.WireType.LengthDelimited); // name
            g.WriteString("tiny");
            g.WriteTag(5, WireFormat.WireType.LengthDelimited); // initializer
            g.WriteBytes(Message(t =>
            {
                t.WriteTag(1, WireFormat.WireType.Varint); // dims
                t.WriteInt64(3);
                t.WriteTag(2, WireFormat.WireType.Varint); // data_type FLOAT
                t.WriteInt32(1);
                foreach (var v in Bias)
                {
                    t.WriteTag(4, WireFormat.WireType.Fixed32); // float_data (unpacked is legal)
                    t.WriteFloat(v);
                }

                t.WriteTag(8, WireFormat.WireType.LengthDelimited); // name
                t.WriteString("b");
            }));
            g.WriteTag(11, WireFormat.WireType.LengthDelimited); // input
            g.WriteBytes(ValueInfo("x"));
            g.WriteTag(12, WireFormat.WireType.LengthDelimited); // output
            g.WriteBytes(ValueInfo("y"));
            if (exposeSum)
            {
                g.WriteTag(12, WireFormat.WireType.LengthDelimited);
                g.WriteBytes(Message(v => { v.WriteTag(1, WireFormat.WireType.LengthDelimited); v.WriteString("sum"); }));
            }
        });
        return Message(m =>
        {
            m.WriteTag(1, WireFormat.WireType.Varint); // ir_version
            m.WriteInt64(8);
            m.WriteTag(7, WireFormat.WireType.LengthDelimited); // graph
            m.WriteBytes(graph);
            m.WriteTag(8, WireFormat.WireType.LengthDelimited); // opset_import
            m.WriteBytes(Message(o =>
            {
                o.WriteTag(2, WireFormat.WireType.Varint);
                o.WriteInt64(13);
            }));
        }).ToByteArray();
    }

    private static ByteString Node(string op, string[] inputs, string output) => Message(n =>
    {
        foreach (var i in inputs)
        {
            n.WriteTag(1, WireFormat.WireType.LengthDelimited);
            n.WriteString(i);
        }

        n.WriteTag(2, WireFormat.WireType.LengthDelimited);
        n.WriteString(output);
        n.WriteTag(4, WireFormat.WireType.LengthDelimited); // op_type
        n.WriteString(op);
    });

    private static ByteString ValueInfo(string name) => Message(v =>
    {
        v.WriteTag(1, WireFormat.WireType.LengthDelimited);
        v.WriteString(name);
        v.WriteTag(2, WireFormat.WireType.LengthDelimited); // type
        v.WriteBytes(Message(type =>
        {
            type.WriteTag(1, WireFormat.WireType.LengthDelimited); // tensor_type
            type.WriteBytes(Message(tensor =>
            {
                tensor.WriteTag(1, WireFormat.WireType.Varint); // elem_type FLOAT
                tensor.WriteInt32(1);
                tensor.WriteTag(2, WireFormat.WireType.LengthDelimited); // shape
                tensor.WriteBytes(Message(shape =>
                {
                    shape.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    shape.WriteBytes(Message(d => { d.WriteTag(2, WireFormat.WireType.LengthDelimited); d.WriteString("N"); }));
                    shape.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    shape.WriteBytes(Message(d => { d.WriteTag(1, WireFormat.WireType.Varint); d.WriteInt64(3); }));
                }));
            }));
        }));
    });

    private static ByteString Message(Action<CodedOutputStream> write)
    {
        var buffer = new MemoryStream();
        var output = new CodedOutputStream(buffer);
        write(output);
        output.Flush();
        return ByteString.CopyFrom(buffer.ToArray());
    }
}
