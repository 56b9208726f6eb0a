using Google.Protobuf;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Writes a graph of Dense layers and element-wise activations (the IR a Keras MLP imports to, pruned or not) as an
/// ONNX model (opset 13, float32, batch dimension "N"): Dense → Gemm (B = weights [in, out], C = bias), ReLU, sigmoid,
/// tanh, softsign, softplus, linear (Identity) and softmax over the last axis → the ONNX ops of the same names. Nodes,
/// inputs and outputs keep the graph's names, so a config's LayerName entries still apply. Anything else (a
/// convolution, a rank &gt; 1 value, a parameterized activation, a Softmax variant other than the plain one) is refused
/// by one <see cref="ModelLoadException"/> naming the layer. The file's own nodes are not those hls4ml's Keras path
/// sees: a Gemm keeps its bias inside the Dense as a Keras Dense does (no bias layer under hls4ml semantics).
/// </summary>
public sealed class OnnxGraphExporter
{
    /// <summary>The serialized ONNX model of <paramref name="graph"/>.</summary>
    public byte[] Export(Graph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ModelLoadException Refuse(string why) => new($"cannot write '{graph.Name}' as ONNX: {why} (only Dense layers and element-wise activations are written)");
        var model = new ModelProto { IrVersion = 8, ProducerName = "hls4net", Graph = new GraphProto { Name = graph.Name } };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        var g = model.Graph;
        foreach (var input in graph.Inputs)
        {
            if (input.Shape.Rank != 1) throw Refuse($"input '{input.Name}' has shape {input.Shape}, not a vector");
            g.Input.Add(ValueInfo(input.Name, input.Shape[0]));
        }
        foreach (var node in graph.Nodes)
        {
            if (node.Inputs.Count != 1 || node.Outputs.Count != 1 || node.Output.Shape.Rank != 1)
                throw Refuse($"layer '{node.Name}' ({node.Op.Kind}) is not a single-input layer on vectors");
            var x = node.Inputs[0].Name;
            var y = node.Output.Name;
            switch (node.Op)
            {
                case DenseOp d:
                    var w = $"{node.Name}_W";
                    var b = $"{node.Name}_B";
                    g.Initializer.Add(Tensor(w, [d.InputSize, d.OutputSize], d.Weights.Data));
                    g.Initializer.Add(Tensor(b, [d.OutputSize], d.Bias.Data));
                    g.Node.Add(Node("Gemm", node.Name, [x, w, b], y));
                    break;
                case ActivationOp a:
                    var op = a.Function switch
                    {
                        ActivationKind.Relu => "Relu",
                        ActivationKind.Sigmoid => "Sigmoid",
                        ActivationKind.Tanh => "Tanh",
                        ActivationKind.Softsign => "Softsign",
                        ActivationKind.Softplus => "Softplus",
                        ActivationKind.Linear => "Identity",
                        _ => throw Refuse($"layer '{node.Name}' is a {a.Function} activation"),
                    };
                    g.Node.Add(Node(op, node.Name, [x], y));
                    break;
                case SoftmaxOp s when !s.Argmax:
                    var softmax = Node("Softmax", node.Name, [x], y);
                    softmax.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = -1 });
                    g.Node.Add(softmax);
                    break;
                default:
                    throw Refuse($"layer '{node.Name}' is a {node.Op.Kind}");
            }
        }
        foreach (var output in graph.Outputs) g.Output.Add(ValueInfo(output.Name, output.Shape[0]));
        return model.ToByteArray();
    }

    /// <summary>Write <paramref name="graph"/> as ONNX to <paramref name="path"/> (atomically: a temp sibling, then renamed).</summary>
    public void Write(Graph graph, string path)
    {
        var bytes = Export(graph);
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        File.WriteAllBytes(temp, bytes);
        File.Move(temp, full, overwrite: true);
    }

    private static NodeProto Node(string opType, string name, string[] inputs, string output)
    {
        var n = new NodeProto { OpType = opType, Name = name };
        n.Input.AddRange(inputs);
        n.Output.Add(output);
        return n;
    }

    private static ValueInfoProto ValueInfo(string name, int size)
    {
        var shape = new TensorShapeProto();
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        shape.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = size });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)DataType.Float, Shape = shape } },
        };
    }

    private static TensorProto Tensor(string name, long[] dims, float[] values) => OnnxFloatTensor.Create(name, dims, values);
}
