using System.Globalization;
using Hls4Net.Frontends.Onnx.Proto;
using AttributeType = Hls4Net.Frontends.Onnx.Proto.AttributeProto.Types.AttributeType;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// Typed access to a node's attributes with ONNX defaults. Float attributes are float32 in ONNX; they are widened
/// to the shortest decimal that round-trips (0.01f reads as 0.01), so printed graphs show the value the author wrote.
/// </summary>
internal sealed class OnnxAttributeReader
{
    /// <summary>Legacy (opset &lt; 6/7) hints with no effect at inference; accepted on every op.</summary>
    private static readonly string[] Harmless = ["consumed_inputs", "is_test"];

    private readonly OnnxNode _node;

    public OnnxAttributeReader(OnnxNode node) => _node = node;

    /// <summary>Throw for any attribute not in <paramref name="known"/>: never silently ignore semantics.</summary>
    public void EnsureOnly(params string[] known)
    {
        foreach (var a in _node.Proto.Attribute)
        {
            if (!known.Contains(a.Name) && !Harmless.Contains(a.Name))
            {
                throw _node.Error($"unsupported attribute '{a.Name}' of ONNX op '{_node.OpType}'");
            }
        }
    }

    public bool Has(string name) => Find(name) is not null;

    public double Float(string name, double defaultValue)
    {
        var a = Find(name);
        if (a is null) return defaultValue;
        Expect(a, AttributeType.Float);
        return Widen(a.F);
    }

    public long Int(string name, long defaultValue)
    {
        var a = Find(name);
        if (a is null) return defaultValue;
        Expect(a, AttributeType.Int);
        return a.I;
    }

    public long[]? Ints(string name)
    {
        var a = Find(name);
        if (a is null) return null;
        Expect(a, AttributeType.Ints);
        return a.Ints.ToArray();
    }

    public double[]? Floats(string name)
    {
        var a = Find(name);
        if (a is null) return null;
        Expect(a, AttributeType.Floats);
        return a.Floats.Select(Widen).ToArray();
    }

    public TensorProto? Tensor(string name)
    {
        var a = Find(name);
        if (a is null) return null;
        Expect(a, AttributeType.Tensor);
        return a.T;
    }

    /// <summary>float32 to the shortest double that prints the same (0.01f -> 0.01).</summary>
    public static double Widen(float f) =>
        float.IsFinite(f) ? double.Parse(f.ToString("R", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) : f;

    private AttributeProto? Find(string name) => _node.Proto.Attribute.FirstOrDefault(a => a.Name == name);

    private void Expect(AttributeProto a, AttributeType type)
    {
        // IR version 1 files may leave 'type' unset; then trust the field the caller asks for.
        if (a.HasType && a.Type != type && a.Type != AttributeType.Undefined)
        {
            throw _node.Error($"attribute '{a.Name}' of ONNX op '{_node.OpType}' has type {a.Type}, expected {type}");
        }
    }
}
