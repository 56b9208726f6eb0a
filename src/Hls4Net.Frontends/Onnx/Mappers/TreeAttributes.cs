using Hls4Net.Frontends.Onnx.Proto;
using AttributeType = Hls4Net.Frontends.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// The ai.onnx.ml tree attributes of one node: integer, string and float lists, where a float list may also come as
/// its <c>*_as_tensor</c> twin (ai.onnx.ml opset 3, double precision). Every list read must have the length asked for.
/// </summary>
internal sealed class TreeAttributes
{
    private readonly OnnxNode _node;

    public TreeAttributes(OnnxNode node) => _node = node;

    public AttributeProto? Find(string name) => _node.Proto.Attribute.FirstOrDefault(a => a.Name == name);

    public long[] Ints(string name, int? length = null, bool required = true)
    {
        var a = Find(name);
        if (a is null) return required ? throw Missing(name) : [];
        Expect(a, AttributeType.Ints);
        return Check(name, a.Ints.ToArray(), length);
    }

    public string[] Strings(string name, int? length = null, bool required = true)
    {
        var a = Find(name);
        if (a is null) return required ? throw Missing(name) : [];
        Expect(a, AttributeType.Strings);
        return Check(name, a.Strings.Select(s => s.ToStringUtf8()).ToArray(), length);
    }

    public string String(string name, string defaultValue)
    {
        var a = Find(name);
        if (a is null) return defaultValue;
        Expect(a, AttributeType.String);
        return a.S.ToStringUtf8();
    }

    /// <summary>A float list, or its double-precision <c>{name}_as_tensor</c> twin; empty when neither is present and not required.</summary>
    public double[] Floats(string name, int? length = null, bool required = true)
    {
        var a = Find(name);
        var t = Find(name + "_as_tensor");
        if (a is not null && t is not null) throw _node.Error($"ONNX op '{_node.OpType}' sets both '{name}' and '{name}_as_tensor'");
        if (t is not null)
        {
            Expect(t, AttributeType.Tensor);
            return Check(name + "_as_tensor", new OnnxTensorReader(_node.ModelName).Read(t.T, name).Data, length);
        }
        if (a is null) return required ? throw Missing(name) : [];
        Expect(a, AttributeType.Floats);
        // float32 attributes are used as the float32 values they are (ONNX Runtime compares and sums in float32).
        return Check(name, a.Floats.Select(f => (double)f).ToArray(), length);
    }

    private T[] Check<T>(string name, T[] values, int? length) => length is null || values.Length == length
        ? values
        : throw _node.Error($"attribute '{name}' of ONNX op '{_node.OpType}' has {values.Length} entries, expected {length} (one per entry of the node or leaf lists)");

    private ModelLoadException Missing(string name) => _node.Error($"ONNX op '{_node.OpType}' is missing its required attribute '{name}'");

    private void Expect(AttributeProto a, AttributeType type)
    {
        if (a.HasType && a.Type != type && a.Type != AttributeType.Undefined)
        {
            throw _node.Error($"attribute '{a.Name}' of ONNX op '{_node.OpType}' has type {a.Type}, expected {type}");
        }
    }
}
