namespace Hls4Net.Core.Ir;

/// <summary>Typed keys for what the graph passes record about their rewrites (read by later passes and by inspect).</summary>
public static class RewriteNotes
{
    /// <summary>On a Dense: its bias came from a separate Add (ONNX MatMul + Add).</summary>
    public static readonly DataKey<BiasSource> BiasSource = new("rewrite.bias_source");

    /// <summary>The semantics-dependent rules applied to the node, in the order they were applied.</summary>
    public static readonly DataKey<IReadOnlyList<RuleDecision>> Decisions = new("rewrite.decisions");

    /// <summary>Append <paramref name="decision"/> to the node's <see cref="Decisions"/> (a new list: annotation values stay immutable).</summary>
    public static void Record(Node node, RuleDecision decision)
    {
        var list = node.Annotations.TryGet(Decisions, out var old) ? [.. old, decision] : new List<RuleDecision> { decision };
        node.Annotations.Set(Decisions, list.AsReadOnly());
    }

    /// <summary>The node's recorded decisions (empty when none).</summary>
    public static IReadOnlyList<RuleDecision> DecisionsOf(Node node) => node.Annotations.TryGet(Decisions, out var list) ? list : [];
}
