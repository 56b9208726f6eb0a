using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx;

/// <summary>One ONNX node being imported: its proto, the IR name chosen for it, the opset in force and error helpers.</summary>
internal sealed class OnnxNode
{
    public OnnxNode(NodeProto proto, string name, string modelName, long opset)
    {
        Proto = proto;
        Name = name;
        ModelName = modelName;
        Opset = opset;
        Attributes = new OnnxAttributeReader(this);
    }

    public NodeProto Proto { get; }

    /// <summary>Unique IR node name (ONNX node name, or its output tensor name).</summary>
    public string Name { get; }

    public string ModelName { get; }

    /// <summary>Version of the operator set of the node's domain that the model imports (the default "ai.onnx" one for most nodes).</summary>
    public long Opset { get; }

    public string OpType => Proto.OpType;

    /// <summary>The (domain, op type) a mapper is looked up by.</summary>
    public OnnxOpKey Key => new(Proto.Domain, Proto.OpType);

    public OnnxAttributeReader Attributes { get; }

    public int InputCount => Proto.Input.Count;

    /// <summary>Name of input <paramref name="index"/>, or null when absent (missing or empty = optional input left out).</summary>
    public string? InputName(int index) =>
        index < Proto.Input.Count && Proto.Input[index].Length > 0 ? Proto.Input[index] : null;

    /// <summary>The first output tensor name (the only one we map).</summary>
    public string OutputName => Proto.Output.Count > 0 ? Proto.Output[0] : throw Error($"ONNX op '{OpType}' has no output");

    /// <summary>A user-facing error: "{what} (node 'n') in model 'm'[: detail]".</summary>
    public ModelLoadException Error(string what, string? detail = null) =>
        new($"{what} (node '{Name}') in model '{ModelName}'" + (detail is null ? "" : ": " + detail));

    /// <summary>Error for an attribute value we cannot represent.</summary>
    public ModelLoadException BadAttribute(string attribute, object value, string? detail = null) =>
        Error($"unsupported value {value} for attribute '{attribute}' of ONNX op '{OpType}'", detail);

    /// <summary>Error for a node input we cannot represent.</summary>
    public ModelLoadException BadInput(int index, string detail) =>
        Error($"unsupported input {index} ('{InputName(index)}') of ONNX op '{OpType}'", detail);
}
