using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Trees;

namespace Hls4Net.Frontends.Onnx.Mappers;

/// <summary>
/// ai.onnx.ml <c>TreeEnsembleClassifier</c> and <c>TreeEnsembleRegressor</c> (opsets 1 and 3, as skl2onnx and onnxmltools
/// write them) as a <see cref="TreeEnsembleOp"/> and its post-transform node. Every node mode, base values, class ids and
/// weights, <c>missing_value_tracks_true</c> and the <c>*_as_tensor</c> attributes are read. A classifier's label output
/// is not produced (the output is the class scores; the label is their argmax): nothing may read it except tails that are
/// dropped with it (Cast, ArgMax, a graph output), noted for <c>inspect</c>. ONNX Runtime's binary layout (two class
/// labels, weights for class 0 only) becomes two columns: [-s, s] (then LOGISTIC gives [1-p, p]), or [1-s, s] when
/// every weight is positive and there is no post-transform. Docs: docs/bdt.md.
/// </summary>
internal sealed class TreeEnsembleMapper : IOnnxOpMapper
{
    private static readonly string[] NodeAttributes =
    [
        "nodes_treeids", "nodes_nodeids", "nodes_featureids", "nodes_values", "nodes_values_as_tensor", "nodes_modes",
        "nodes_truenodeids", "nodes_falsenodeids", "nodes_missing_value_tracks_true", "nodes_hitrates",
        "nodes_hitrates_as_tensor", "base_values", "base_values_as_tensor", "post_transform",
    ];

    public string Domain => "ai.onnx.ml";

    public IReadOnlyList<string> OpTypes { get; } = ["TreeEnsembleClassifier", "TreeEnsembleRegressor"];

    public void Map(OnnxNode node, OnnxImportContext context)
    {
        var classifier = node.OpType == "TreeEnsembleClassifier";
        var leafPrefix = classifier ? "class" : "target";
        node.Attributes.EnsureOnly([.. NodeAttributes, $"{leafPrefix}_treeids", $"{leafPrefix}_nodeids", $"{leafPrefix}_ids",
            $"{leafPrefix}_weights", $"{leafPrefix}_weights_as_tensor",
            .. classifier ? new[] { "classlabels_int64s", "classlabels_strings" } : ["n_targets", "aggregate_function"]]);
        var a = new TreeAttributes(node);
        var input = context.Activation(node, 0);

        var columns = classifier ? ClassCount(node, a) : (int)node.Attributes.Int("n_targets", 1);
        if (columns <= 0) throw node.BadAttribute(classifier ? "classlabels" : "n_targets", columns, "at least one output column is needed");
        var post = PostTransform(node, a.String("post_transform", "NONE"));
        var reader = new OnnxTreeReader(node, a, leafPrefix, columns, input.Shape.Size);
        var trees = reader.Read(out var leafColumns, out var leafValues);
        var baseValues = a.Floats("base_values", required: false);

        double[] bases;
        string? binaryForm = null;
        var binary = classifier && columns == 2 && leafColumns.Count == 1;
        if (binary)
        {
            if (!leafColumns.Contains(0)) throw node.Error("a binary TreeEnsembleClassifier with weights for class 1 only is not supported (ONNX Runtime's binary layout puts them on class 0)");
            if (baseValues.Length > 1) throw node.BadAttribute("base_values", $"{baseValues.Length} values", "a binary classifier with one weight column takes at most one base value");
            var b = baseValues.Length == 1 ? baseValues[0] : 0.0;
            var allPositive = leafValues.All(v => v >= 0);
            if (allPositive && post != TreePostTransform.None)
            {
                throw node.BadAttribute("post_transform", post, "a binary classifier whose weights are all positive (probabilities) is supported without a post-transform only");
            }
            if (post is TreePostTransform.Softmax or TreePostTransform.Probit or TreePostTransform.SoftmaxZero)
            {
                throw node.BadAttribute("post_transform", post.ToString().ToUpperInvariant(), "a binary classifier with one weight column supports NONE and LOGISTIC");
            }
            trees = trees.Select(t => Binary(t)).ToList();
            bases = [allPositive ? 1 - b : -b, b];
            binaryForm = allPositive ? "[1-s, s]" : "[-s, s]";
        }
        else
        {
            if (baseValues.Length != 0 && baseValues.Length != columns)
            {
                throw node.BadAttribute("base_values", $"{baseValues.Length} values", $"expected none or one per output column ({columns})");
            }
            bases = baseValues.Length == 0 ? new double[columns] : baseValues;
        }
        if (!classifier)
        {
            var aggregate = a.String("aggregate_function", "SUM");
            if (aggregate == "AVERAGE") trees = trees.Select(t => Scaled(t, 1.0 / trees.Count)).ToList();
            else if (aggregate != "SUM") throw node.BadAttribute("aggregate_function", aggregate, "supported: SUM, AVERAGE");
        }

        TreeEnsembleOp op;
        try
        {
            op = new TreeEnsembleOp(input.Shape.Size, trees, bases, post);
        }
        catch (GraphException e)
        {
            throw node.Error($"ONNX op '{node.OpType}' cannot be imported", e.Message);
        }
        var outIndex = classifier ? 1 : 0;
        var outName = outIndex < node.Proto.Output.Count && node.Proto.Output[outIndex].Length > 0
            ? node.Proto.Output[outIndex]
            : throw node.Error($"ONNX op '{node.OpType}' has no {(classifier ? "probabilities (output 1)" : "output")}");
        var (tree, output) = TreeEnsembleNodes.Add(context.Graph, node.Name, input, op, outName);
        context.SetValue(outName, output);
        if (binaryForm is not null) TreeImportNotes.Record(tree, $"binary classifier: its one weight column s read as two columns {binaryForm}");
        if (classifier && node.Proto.Output.Count > 0 && node.Proto.Output[0].Length > 0)
        {
            context.Drop(node.Proto.Output[0]);
            TreeImportNotes.Record(tree, $"label output '{node.Proto.Output[0]}' not produced (it is the argmax of the scores); its readers are dropped");
        }
    }

    private static int ClassCount(OnnxNode node, TreeAttributes a)
    {
        var ints = a.Ints("classlabels_int64s", required: false);
        var strings = a.Strings("classlabels_strings", required: false);
        if (ints.Length > 0 && strings.Length > 0) throw node.Error("ONNX op 'TreeEnsembleClassifier' sets both classlabels_int64s and classlabels_strings");
        var count = Math.Max(ints.Length, strings.Length);
        return count > 0 ? count : throw node.Error("ONNX op 'TreeEnsembleClassifier' has no class labels (classlabels_int64s or classlabels_strings)");
    }

    private static TreePostTransform PostTransform(OnnxNode node, string text) => text switch
    {
        "NONE" => TreePostTransform.None,
        "LOGISTIC" => TreePostTransform.Logistic,
        "SOFTMAX" => TreePostTransform.Softmax,
        "PROBIT" => TreePostTransform.Probit,
        "SOFTMAX_ZERO" => TreePostTransform.SoftmaxZero,
        _ => throw node.BadAttribute("post_transform", text, "supported in firmware: NONE, LOGISTIC (a sigmoid table), SOFTMAX (the softmax tables), SOFTMAX_ZERO (the softmax tables, zero scores masked), PROBIT (a probit table)"),
    };

    /// <summary>Column 0 only → [-v, v] per leaf.</summary>
    private static DecisionTree Binary(DecisionTree t)
    {
        var values = new double[t.NodeCount * 2];
        for (var i = 0; i < t.NodeCount; i++)
        {
            values[2 * i] = -t.Values[i * t.Columns];
            values[2 * i + 1] = t.Values[i * t.Columns];
        }
        return new DecisionTree(t.Feature, t.Threshold, t.Mode, t.TrueChild, t.FalseChild, t.MissingTracksTrue, values, 2);
    }

    private static DecisionTree Scaled(DecisionTree t, double scale) =>
        new(t.Feature, t.Threshold, t.Mode, t.TrueChild, t.FalseChild, t.MissingTracksTrue, t.Values.Select(v => v * scale).ToArray(), t.Columns);
}
