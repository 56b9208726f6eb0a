using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;

namespace Hls4Net.Core.Passes;

/// <summary>
/// hls4ml's rule for folding a layer (a BatchNormalization, an ONNX bias Add) into the Dense before it: under
/// <see cref="ArithmeticSemantics.Hls4ml"/> it folds only when the Dense's result type is <c>auto</c>, that is when the
/// most specific config section (LayerName, LayerType, then Model) that names <c>result</c> or <c>default</c> for the Dense
/// says <c>auto</c>. A type named anywhere, or none named at all (the built-in default), keeps the layers apart: the
/// Dense's output is stored into its result type first. Under <see cref="ArithmeticSemantics.Exact"/> the layers always fold.
/// When <c>auto</c> folds them, the folded layer's types fall back as for any unset type (inferring them is a later issue).
/// </summary>
public static class FusionRule
{
    /// <summary>The Dense's semantics (LayerName &gt; LayerType &gt; Model &gt; top-level key).</summary>
    public static ArithmeticSemantics SemanticsOf(Node dense, PassContext context)
    {
        var resolver = new LayerConfigResolver(context.Config.Hls);
        return resolver.Semantics(Sections(dense, resolver), context.Config.Semantics).Value;
    }

    /// <summary>
    /// Null when the layer after <paramref name="dense"/> folds into it; otherwise where the Dense's explicit result type
    /// comes from (a config section's path, or <see cref="LayerConfigResolver.BuiltIn"/>).
    /// </summary>
    public static string? KeptApartBy(Node dense, PassContext context)
    {
        if (SemanticsOf(dense, context) == ArithmeticSemantics.Exact) return null;
        var resolver = new LayerConfigResolver(context.Config.Hls);
        foreach (var section in Sections(dense, resolver).Append(context.Config.Hls.Model))
        {
            if (Names(section, PrecisionSlot.Result, out var auto) || Names(section, PrecisionSlot.Default, out auto))
            {
                return auto ? null : section.Path;
            }
        }
        return LayerConfigResolver.BuiltIn;
    }

    private static bool Names(LayerConfig section, PrecisionSlot slot, out bool auto)
    {
        auto = section.Precision.TryGetValue(slot, out var type) && type is null;
        return section.Precision.ContainsKey(slot);
    }

    private static IReadOnlyList<LayerConfig> Sections(Node node, LayerConfigResolver resolver) =>
        resolver.SpecificSections(node.Name, LayerTypeNames.KeysFor(node));
}
