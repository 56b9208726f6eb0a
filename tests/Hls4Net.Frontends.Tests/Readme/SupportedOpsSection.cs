using Hls4Net.Frontends.Keras;
using Hls4Net.Frontends.Onnx;

namespace Hls4Net.Frontends.Tests.Readme;

/// <summary>The README's "Supported ops" section as the mapper registrations give it today.</summary>
internal static class SupportedOpsSection
{
    public const string Begin = "<!-- supported-ops: generated from the mapper registrations by SupportedOpsReadmeTests; do not edit by hand -->";
    public const string End = "<!-- end supported-ops -->";

    public static string Expected()
    {
        var mappers = OnnxMapperSet.CreateDefault();
        // An op is listed on layer data when a real mapper takes it there (Gather: GatherMapper, as an embedding);
        // the ops whose mapper only refuses layer data exist as constant computations alone.
        var onLayerData = mappers.Keys.Where(k => k.IsDefaultDomain && mappers.Find(k)!.GetType().Name != "ConstantOnlyMapper")
            .Select(k => k.OpType).Order(StringComparer.Ordinal);
        var keras = KerasGraphBuilder.CreateDefault().ClassNames.Order(StringComparer.Ordinal);
        static string Codes(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"`{n}`"));
        return string.Join("\n", (string[])[
            Begin,
            "",
            "**ONNX** (default domain `ai.onnx`, opsets 1 and up; a model with unsupported ops lists every one of them):",
            "",
            "- on layer data: " + Codes(onLayerData),
            "- evaluated at import when every input is a constant, so weight and shape subgraphs (e.g. PyTorch's `x.view(x.size(0), -1)`) " +
                "never reach the IR: " + Codes(OnnxConstantFolder.FoldedOpTypes.Order(StringComparer.Ordinal)) + "; `Shape` also of layer data (its per-sample shape is static)",
            .. OtherDomains(),
            "",
            "**Keras / QKeras** layer classes: " + Codes(keras),
            "",
            End]);
    }

    /// <summary>One line per custom domain with mappers (e.g. QONNX's quantizers), with its op types.</summary>
    private static IEnumerable<string> OtherDomains()
    {
        var keys = OnnxMapperSet.CreateDefault().Keys.Where(k => !k.IsDefaultDomain);
        return keys.GroupBy(k => k.Domain).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"- domain `{g.Key}`: " + string.Join(", ", g.Select(k => k.OpType).Order(StringComparer.Ordinal).Select(n => $"`{n}`")));
    }
}
