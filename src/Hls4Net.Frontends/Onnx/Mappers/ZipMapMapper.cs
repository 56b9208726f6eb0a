using Hls4Net.Core.Ir.Ops;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ai.onnx.ml <c>ZipMap</c> after a tree-ensemble classifier (skl2onnx's default tail: the probabilities as a sequence of
/// maps). Hls4Net keeps the probability tensor instead: it becomes a graph output and the ZipMap output is dropped,
/// noted on the tree ensemble for <c>inspect</c>.
/// </summary>
internal sealed class ZipMapMapper : IOnnxOpMapper
{
    public string Domain => "ai.onnx.ml";

    public IReadOnlyList<string> OpTypes { get; } = ["ZipMap"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        node.Attributes.EnsureOnly("classlabels_int64s", "classlabels_strings");
        var probabilities = context.Activation(node, 0);
        var producer = probabilities.Producer;
        var tree = producer?.Op is TreeEnsembleOp ? producer : producer?.Inputs.Count == 1 && producer.Inputs[0].Producer?.Op is TreeEnsembleOp ? producer.Inputs[0].Producer : null;
        if (tree is null) throw node.Error("ZipMap is supported only on the probabilities of a tree-ensemble classifier");
        context.Drop(node.OutputName);
        if (!context.Graph.IsOutput(probabilities)) context.Graph.Outputs.Add(probabilities);
        TreeImportNotes.Record(tree, $"ZipMap '{node.Name}' dropped: the output is the probability tensor '{probabilities.Name}'");
    }
}
