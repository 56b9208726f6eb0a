using Hls4Net.Frontends.Onnx.Proto;

namespace Hls4Net.Frontends.Onnx;

/// <summary>
/// torch 1.13 exports F.softsign / nn.Softsign as <c>a = Abs(x); d = Add(a, 1) (either order); y = Div(x, d)</c>.
/// That chain becomes one <c>Softsign</c> node (named after the Div, at its position) when the constant is exactly 1
/// (an initializer or a Constant node) and <c>a</c> and <c>d</c> are read only inside it and are no graph outputs.
/// Anything else is left as it is (and then fails as an unsupported op naming the Abs).
/// </summary>
internal static class SoftsignFusion
{
    public static IReadOnlyList<NodeProto> Fuse(IReadOnlyList<NodeProto> nodes, GraphProto g, OnnxTensorReader tensors)
    {
        if (!nodes.Any(n => n.OpType == "Abs" && n.Domain is "" or "ai.onnx")) return nodes;
        var ones = new HashSet<string>(StringComparer.Ordinal);
        foreach (var init in g.Initializer) if (IsOne(tensors.Read(init).Data)) ones.Add(init.Name);
        foreach (var n in nodes.Where(n => n.OpType == "Constant" && n.Output.Count == 1))
        {
            var t = n.Attribute.FirstOrDefault(a => a.Name == "value")?.T;
            if (t is not null && IsOne(tensors.Read(t, n.Output[0]).Data)) ones.Add(n.Output[0]);
        }
        var readers = new Dictionary<string, List<NodeProto>>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            foreach (var i in n.Input.Where(i => i.Length > 0))
            {
                if (!readers.TryGetValue(i, out var list)) readers[i] = list = [];
                list.Add(n);
            }
        }
        var outputs = g.Output.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        NodeProto? Only(string tensor, string opType) =>
            !outputs.Contains(tensor) && readers.TryGetValue(tensor, out var r) && r.Count == 1 && r[0].OpType == opType && r[0].Domain is "" or "ai.onnx" ? r[0] : null;

        var removed = new HashSet<NodeProto>();
        var replacement = new Dictionary<NodeProto, NodeProto>();
        foreach (var abs in nodes.Where(n => n.OpType == "Abs" && n.Input.Count == 1 && n.Output.Count == 1))
        {
            var x = abs.Input[0];
            var add = Only(abs.Output[0], "Add");
            if (add is null || add.Input.Count != 2 || add.Output.Count != 1) continue;
            var other = add.Input[0] == abs.Output[0] ? add.Input[1] : add.Input[0];
            if (!ones.Contains(other)) continue;
            var div = Only(add.Output[0], "Div");
            if (div is null || div.Input.Count != 2 || div.Input[0] != x || div.Input[1] != add.Output[0] || div.Output.Count != 1) continue;
            var fused = new NodeProto { OpType = "Softsign", Name = div.Name };
            fused.Input.Add(x);
            fused.Output.Add(div.Output[0]);
            removed.Add(abs);
            removed.Add(add);
            replacement[div] = fused;
        }
        if (replacement.Count == 0) return nodes;
        return nodes.Where(n => !removed.Contains(n)).Select(n => replacement.GetValueOrDefault(n, n)).ToList();
    }

    private static bool IsOne(double[] data) => data.Length == 1 && data[0] == 1.0;
}
