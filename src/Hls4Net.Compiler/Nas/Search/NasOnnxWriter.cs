using Google.Protobuf;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Proto;
using DataType = Hls4Net.Frontends.Onnx.Proto.TensorProto.Types.DataType;

namespace Hls4Net.Nas.Search;

/// <summary>
/// Writes a <see cref="FloatNetwork"/> as an ONNX model with the proto classes (ir_version 8, opset 13, float32
/// initializers, batch axis "N", channels first): Dense is Gemm with transB = 1 (weights [units, in], as PyTorch's
/// nn.Linear), convolutions Conv (weights [filters, channels, kernel...]), pooling MaxPool / AveragePool with stride =
/// window, Flatten (axis 1), and Relu, Tanh, Sigmoid, Softmax (last axis). The input is <c>input</c>, the output <c>output</c>.
/// </summary>
public static class NasOnnxWriter
{
    /// <summary>The serialized model of <paramref name="network"/>, named <paramref name="name"/>.</summary>
    public static byte[] Serialize(FloatNetwork network, string name) => Build(network, name).ToByteArray();

    /// <summary>Write the model to <paramref name="path"/> atomically (a temp sibling, then renamed).</summary>
    public static void Write(FloatNetwork network, string name, string path)
    {
        var full = Path.GetFullPath(path);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temp, Serialize(network, name));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>The ModelProto of <paramref name="network"/>.</summary>
    public static ModelProto Build(FloatNetwork network, string name)
    {
        var graph = new GraphProto { Name = name };
        var model = new ModelProto { IrVersion = 8, ProducerName = "hls4net-nas", ProducerVersion = "1", Graph = graph };
        model.OpsetImport.Add(new OperatorSetIdProto { Domain = "", Version = 13 });
        graph.Input.Add(ValueInfo("input", network.InputShape));
        var current = "input";
        for (var i = 0; i < network.Layers.Count; i++)
        {
            var layer = network.Layers[i];
            var output = i == network.Layers.Count - 1 ? "output" : $"t{i}";
            var nodeName = $"{Prefix(layer)}{i}";
            NodeProto node;
            switch (layer)
            {
                case DenseLayer:
                case Conv1DLayer:
                case Conv2DLayer:
                {
                    var shape = layer.WeightShape(network.LayerInputShape(i))!;
                    graph.Initializer.Add(Tensor($"{nodeName}_W", shape, network.Weights[i]!));
                    graph.Initializer.Add(Tensor($"{nodeName}_B", [layer.BiasLength], network.Biases[i]!));
                    node = Node(layer is DenseLayer ? "Gemm" : "Conv", nodeName, [current, $"{nodeName}_W", $"{nodeName}_B"], output);
                    if (layer is DenseLayer) node.Attribute.Add(Int("transB", 1));
                    else node.Attribute.Add(Ints("kernel_shape", shape.Skip(2).Select(d => (long)d)));
                    break;
                }
                case Pool1DLayer p:
                    node = Pool(p.Mode, nodeName, current, output, [p.Size]);
                    break;
                case Pool2DLayer p:
                    node = Pool(p.Mode, nodeName, current, output, [p.SizeH, p.SizeW]);
                    break;
                case FlattenLayer:
                    node = Node("Flatten", nodeName, [current], output);
                    node.Attribute.Add(Int("axis", 1));
                    break;
                case ActivationLayer a:
                    node = Node(a.Kind switch
                    {
                        ActivationKind.Relu => "Relu",
                        ActivationKind.Tanh => "Tanh",
                        ActivationKind.Sigmoid => "Sigmoid",
                        ActivationKind.Softmax => "Softmax",
                        _ => "Identity",
                    }, nodeName, [current], output);
                    break;
                default:
                    throw new ArgumentException($"layer {i} ({layer}) has no ONNX form here");
            }
            graph.Node.Add(node);
            current = output;
        }
        graph.Output.Add(ValueInfo("output", network.OutputShape));
        return model;
    }

    private static string Prefix(FloatLayer layer) => layer switch
    {
        DenseLayer => "dense",
        Conv1DLayer or Conv2DLayer => "conv",
        Pool1DLayer or Pool2DLayer => "pool",
        FlattenLayer => "flatten",
        ActivationLayer a => a.Kind.ToString().ToLowerInvariant(),
        _ => "layer",
    };

    private static NodeProto Pool(PoolMode mode, string name, string input, string output, long[] size)
    {
        var node = Node(mode == PoolMode.Max ? "MaxPool" : "AveragePool", name, [input], output);
        node.Attribute.Add(Ints("kernel_shape", size));
        node.Attribute.Add(Ints("strides", size));
        return node;
    }

    private static NodeProto Node(string op, string name, string[] inputs, string output)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.Add(inputs);
        node.Output.Add(output);
        return node;
    }

    private static AttributeProto Int(string name, long value) => new() { Name = name, Type = AttributeProto.Types.AttributeType.Int, I = value };

    private static AttributeProto Ints(string name, IEnumerable<long> values)
    {
        var a = new AttributeProto { Name = name, Type = AttributeProto.Types.AttributeType.Ints };
        a.Ints.Add(values);
        return a;
    }

    private static TensorProto Tensor(string name, IReadOnlyList<int> dims, double[] values) =>
        OnnxFloatTensor.Create(name, dims.Select(d => (long)d), Array.ConvertAll(values, v => (float)v));

    private static ValueInfoProto ValueInfo(string name, IReadOnlyList<int> shape)
    {
        var s = new TensorShapeProto();
        s.Dim.Add(new TensorShapeProto.Types.Dimension { DimParam = "N" });
        foreach (var d in shape) s.Dim.Add(new TensorShapeProto.Types.Dimension { DimValue = d });
        return new ValueInfoProto
        {
            Name = name,
            Type = new TypeProto { TensorType = new TypeProto.Types.Tensor { ElemType = (int)DataType.Float, Shape = s } },
        };
    }
}
