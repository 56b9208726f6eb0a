using Google.Protobuf;
using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Reference;

/// <summary>
/// Rewrites a serialized ONNX model so intermediate tensors become graph outputs, letting ONNX Runtime return
/// them from <see cref="OnnxRuntimeSession.Run(string, float[], int[], IEnumerable{string})"/> for per-layer tracing.
/// </summary>
public static class OnnxModelOutputs
{
    /// <summary>Every tensor produced by a node, in node order (the candidates for tracing).</summary>
    public static IReadOnlyList<string> NodeOutputNames(byte[] model) =>
        Parse(model).Graph.Node.SelectMany(n => n.Output).Where(o => o.Length > 0).ToArray();

    /// <summary>New model bytes whose graph also outputs <paramref name="tensorNames"/>. Existing outputs keep
    /// their order; a known value_info type is reused, otherwise the output is name-only and ORT infers it.</summary>
    /// <exception cref="ArgumentException">A name is not produced by any node of the graph.</exception>
    public static byte[] Expose(byte[] model, IEnumerable<string> tensorNames)
    {
        ArgumentNullException.ThrowIfNull(tensorNames);
        var proto = Parse(model);
        var graph = proto.Graph;
        var produced = graph.Node.SelectMany(n => n.Output).ToHashSet(StringComparer.Ordinal);
        var outputs = graph.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in tensorNames)
        {
            if (outputs.Contains(name))
                continue;
            if (!produced.Contains(name))
                throw new ArgumentException(
                    $"ONNX graph '{graph.Name}' has no node output named '{name}'; cannot expose it as a graph output");
            var known = graph.ValueInfo.FirstOrDefault(v => v.Name == name);
            graph.Output.Add(known?.Clone() ?? new ValueInfoProto { Name = name });
            outputs.Add(name);
        }

        return proto.ToByteArray();
    }

    private static ModelProto Parse(byte[] model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ModelProto proto;
        try
        {
            proto = ModelProto.Parser.ParseFrom(model);
        }
        catch (InvalidProtocolBufferException e)
        {
            throw new ArgumentException($"Not an ONNX model (ModelProto did not parse): {e.Message}", nameof(model), e);
        }

        return proto.Graph is null
            ? throw new ArgumentException("ONNX model has no graph", nameof(model))
            : proto;
    }
}
