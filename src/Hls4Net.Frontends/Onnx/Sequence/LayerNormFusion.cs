using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx.Sequence;

/// <summary>
/// Recognises the layer normalization that torch 1.13 exports below opset 17 and replaces it with one
/// <c>LayerNormalization</c> node (opset-17 semantics) at the position of its last node:
/// <c>m = ReduceMean(x, axes=[-1]); d = Sub(x, m); p = Pow(d, 2) (or Mul(d, d)); v = ReduceMean(p, axes=[-1]);
/// s = Sqrt(Add(v, eps)); n = Div(d, s)</c>, optionally followed by <c>Mul(n, gamma)</c> and <c>Add(·, beta)</c> with
/// constant gamma/beta. Every intermediate must be read only inside the pattern; epsilon and the exponent must be
/// constants (initializers or Constant nodes). Anything else is left as it is (and then fails as unsupported ops).
/// </summary>
internal static class LayerNormFusion
{
    /// <summary>The graph's nodes with every recognised pattern fused (the original list when there is none).</summary>
    public static IReadOnlyList<NodeProto> Fuse(GraphProto g, OnnxTensorReader tensors)
    {
        if (!g.Node.Any(n => n.OpType == "ReduceMean" && n.Domain is "" or "ai.onnx")) return g.Node;
        var constants = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var init in g.Initializer) constants[init.Name] = tensors.Read(init).Data;
        foreach (var n in g.Node.Where(n => n.OpType == "Constant" && n.Output.Count == 1))
        {
            var t = n.Attribute.FirstOrDefault(a => a.Name == "value")?.T;
            if (t is not null) constants[n.Output[0]] = tensors.Read(t, n.Output[0]).Data;
        }
        var readers = new Dictionary<string, List<NodeProto>>(StringComparer.Ordinal);
        foreach (var n in g.Node)
        {
            foreach (var i in n.Input.Where(i => i.Length > 0))
            {
                if (!readers.TryGetValue(i, out var list)) readers[i] = list = [];
                list.Add(n);
            }
        }
        var outputs = g.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var removed = new HashSet<NodeProto>();
        var replacement = new Dictionary<NodeProto, NodeProto>();
        foreach (var mean in g.Node.Where(n => n.OpType == "ReduceMean"))
        {
            var match = Match(mean, readers, constants, outputs);
            if (match is null) continue;
            foreach (var n in match.Value.Nodes) removed.Add(n);
            replacement[match.Value.Nodes[^1]] = match.Value.Fused;
        }
        if (replacement.Count == 0) return g.Node;
        var result = new List<NodeProto>();
        foreach (var n in g.Node)
        {
            if (replacement.TryGetValue(n, out var fused)) result.Add(fused);
            else if (!removed.Contains(n)) result.Add(n);
        }
        return result;
    }

    private static (List<NodeProto> Nodes, NodeProto Fused)? Match(NodeProto mean, Dictionary<string, List<NodeProto>> readers,
        Dictionary<string, double[]> constants, HashSet<string> outputs)
    {
        if (!LastAxisMean(mean)) return null;
        var x = mean.Input[0];
        NodeProto? Only(string tensor, string opType)
        {
            if (outputs.Contains(tensor) || !readers.TryGetValue(tensor, out var r) || r.Count != 1 || r[0].OpType != opType) return null;
            return r[0];
        }
        bool IsConst(string name, Func<double[], bool> test) => constants.TryGetValue(name, out var v) && test(v);

        var sub = Only(mean.Output[0], "Sub");
        if (sub is null || sub.Input[0] != x || sub.Input[1] != mean.Output[0]) return null;
        var d = sub.Output[0];
        if (outputs.Contains(d) || !readers.TryGetValue(d, out var dReaders) || dReaders.Count is < 2 or > 3) return null;
        var square = dReaders.FirstOrDefault(r => r.OpType == "Pow" && r.Input[0] == d && IsConst(r.Input[1], v => v.Length == 1 && v[0] == 2))
            ?? dReaders.FirstOrDefault(r => r.OpType == "Mul" && r.Input.Count == 2 && r.Input[0] == d && r.Input[1] == d);
        var div = dReaders.FirstOrDefault(r => r.OpType == "Div" && r.Input[0] == d);
        if (square is null || div is null || dReaders.Distinct().Count() != 2) return null;
        var var = Only(square.Output[0], "ReduceMean");
        if (var is null || !LastAxisMean(var)) return null;
        var addEps = Only(var.Output[0], "Add");
        if (addEps is null || addEps.Input[0] != var.Output[0] || !IsConst(addEps.Input[1], v => v.Length == 1 && v[0] >= 0)) return null;
        var sqrt = Only(addEps.Output[0], "Sqrt");
        if (sqrt is null || div.Input[1] != sqrt.Output[0] || Only(sqrt.Output[0], "Div") != div) return null;
        var nodes = new List<NodeProto> { mean, sub, square, var, addEps, sqrt, div };
        string? gamma = null, beta = null;
        var last = div;
        var mul = Only(div.Output[0], "Mul");
        if (mul is not null && mul.Input[0] == div.Output[0] && constants.ContainsKey(mul.Input[1]))
        {
            gamma = mul.Input[1];
            nodes.Add(mul);
            last = mul;
            var add = Only(mul.Output[0], "Add");
            if (add is not null && add.Input[0] == mul.Output[0] && constants.ContainsKey(add.Input[1]))
            {
                beta = add.Input[1];
                nodes.Add(add);
                last = add;
            }
        }
        var fused = new NodeProto { OpType = "LayerNormalization", Name = last.Name.Length > 0 ? last.Name : last.Output[0] };
        fused.Input.Add(x);
        fused.Input.Add(gamma ?? "");
        fused.Input.Add(beta ?? "");
        fused.Output.Add(last.Output[0]);
        fused.Attribute.Add(new AttributeProto { Name = "axis", Type = AttributeProto.Types.AttributeType.Int, I = -1 });
        fused.Attribute.Add(new AttributeProto { Name = "epsilon", Type = AttributeProto.Types.AttributeType.Float, F = (float)constants[addEps.Input[1]][0] });
        return (nodes, fused);
    }

    private static bool LastAxisMean(NodeProto n)
    {
        if (n.Input.Count != 1) return false;
        var axes = n.Attribute.FirstOrDefault(a => a.Name == "axes");
        var keep = n.Attribute.FirstOrDefault(a => a.Name == "keepdims");
        return axes is { Ints.Count: 1 } && axes.Ints[0] == -1 && (keep is null || keep.I == 1);
    }
}
