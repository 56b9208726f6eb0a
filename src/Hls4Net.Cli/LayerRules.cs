using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Cli;

/// <summary>
/// The semantics-dependent rules that shaped a layer, as <c>hls4net inspect</c> shows them: the graph rules the passes
/// recorded (<see cref="RewriteNotes.Decisions"/>: batch norm fused or kept, ONNX bias folded or a bias layer) and, under
/// hls4ml semantics, the arithmetic of Dense and convolution layers (each product stored into accum_t before the sum).
/// </summary>
public static class LayerRules
{
    /// <summary>One short text per rule, in the order the passes applied them.</summary>
    public static IReadOnlyList<string> Of(Node node)
    {
        var hls4ml = node.Hardware.Semantics == ArithmeticSemantics.Hls4ml;
        var rules = RewriteNotes.DecisionsOf(node).Select(d => Text(d, hls4ml)).ToList();
        if (hls4ml && node.Op is DenseOp or IWeightedOp) rules.Add("products stored in accum_t");
        rules.AddRange(TreeImportNotes.Of(node));
        rules.AddRange(QuantizerTypes(node));
        return rules;
    }

    /// <summary>The types a quantizer of the model gave (QONNX, QDQ) and the config did not override.</summary>
    private static IEnumerable<string> QuantizerTypes(Node node)
    {
        if (!node.Annotations.TryGet(ImportHints.Quantizer, out var q)) yield break;
        bool Kept(DataKey<Core.Numerics.FixedType> hint, Core.Numerics.FixedType? actual) => node.Annotations.TryGet(hint, out var t) && t == actual;
        if (q.Result is not null && Kept(ImportHints.ResultType, node.Outputs[0].Type)) yield return $"result type from {q.Result}";
        if (q.Weight is not null && Kept(ImportHints.WeightType, node.Precision.Weight)) yield return $"weight type from {q.Weight}";
        if (q.Bias is not null && Kept(ImportHints.BiasType, node.Precision.Bias)) yield return $"bias type from {q.Bias}";
    }

    /// <summary>The semantics name as configs spell it (<c>hls4ml</c>, <c>exact</c>).</summary>
    public static string Name(ArithmeticSemantics semantics) => SemanticsNames.Name(semantics);

    private static string Text(RuleDecision d, bool hls4ml) => d.Rule switch
    {
        GraphRule.BatchNormFused => $"batch norm '{d.Layer}' fused{(hls4ml ? " (result auto)" : "")}",
        GraphRule.BatchNormKept => $"batch norm kept after '{d.Layer}' (Dense result type set by {d.ExplicitResult})",
        GraphRule.BiasFolded => $"bias of '{d.Layer}' folded{(hls4ml ? " (result auto)" : "")}",
        GraphRule.BiasLayer => $"bias layer after '{d.Layer}' (Dense result type set by {d.ExplicitResult})",
        _ => d.Rule.ToString(),
    };
}
