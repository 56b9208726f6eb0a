using System.Globalization;
using System.Text.Json;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Trees;

namespace Hls4Net.Frontends.XGBoost;

/// <summary>
/// Imports the JSON of XGBoost's <c>Booster.save_model("m.json")</c> (gbtree boosters): every tree's split indices and
/// conditions (x &lt; condition goes left), <c>default_left</c> for missing values, leaf values, <c>tree_info</c> (the
/// class of each tree) and the base score, for the objectives <c>binary:logistic</c> (two columns [-s, s] then a
/// sigmoid: XGBoost's predict_proba [1-p, p]), <c>multi:softprob</c> (a softmax over the classes), <c>reg:squarederror</c>,
/// <c>reg:logistic</c> and <c>binary:logitraw</c>. The graph: input (num_feature) → TreeEnsemble → post-transform; the output
/// is named <c>probabilities</c> for classifiers and <c>variable</c> for regressors. Problems are one
/// <see cref="ModelLoadException"/> naming the tree and node.
/// </summary>
public sealed class XGBoostImporter
{
    /// <summary>True when <paramref name="path"/> is a JSON document whose root object has a <c>learner</c> member.</summary>
    public static bool IsXGBoostJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var doc = JsonDocument.Parse(stream);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("learner", out _);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Import the model at <paramref name="path"/>.</summary>
    public Graph Import(string path)
    {
        var name = Path.GetFileName(path);
        JsonDocument doc;
        try
        {
            using var stream = File.OpenRead(path);
            doc = JsonDocument.Parse(stream);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            throw new ModelLoadException($"cannot read XGBoost model '{name}': {e.Message}", e);
        }
        using (doc)
        {
            try
            {
                return Build(doc.RootElement, name);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException or IndexOutOfRangeException)
            {
                throw new ModelLoadException($"XGBoost model '{name}' is malformed: {e.Message}", e);
            }
        }
    }

    private static Graph Build(JsonElement root, string name)
    {
        ModelLoadException Fail(string what) => new($"XGBoost model '{name}': {what}");
        var learner = Member(root, "learner", name);
        var param = Member(learner, "learner_model_param", name);
        var baseScores = BaseScores(Member(param, "base_score", name), name);
        var numClass = int.Parse(Member(param, "num_class", name).GetString()!, CultureInfo.InvariantCulture);
        var numFeature = int.Parse(Member(param, "num_feature", name).GetString()!, CultureInfo.InvariantCulture);
        if (numFeature <= 0) throw Fail($"num_feature is {numFeature}");
        var objective = Member(Member(learner, "objective", name), "name", name).GetString();
        var booster = Member(learner, "gradient_booster", name);
        var boosterName = Member(booster, "name", name).GetString();
        if (boosterName != "gbtree") throw Fail($"booster '{boosterName}' is not supported (only gbtree; dart's tree weights and gblinear are not)");
        var model = Member(booster, "model", name);
        var treesJson = Member(model, "trees", name).EnumerateArray().ToList();
        var info = Member(model, "tree_info", name).EnumerateArray().Select(e => e.GetInt32()).ToArray();
        if (treesJson.Count == 0) throw Fail("the model has no trees");
        if (info.Length != treesJson.Count) throw Fail($"tree_info has {info.Length} entries for {treesJson.Count} trees");

        (int Columns, TreePostTransform Post, bool Logit, bool Binary, string Output) setup = objective switch
        {
            "binary:logistic" => (2, TreePostTransform.Logistic, true, true, "probabilities"),
            // XGBoost's LogisticRaw keeps base_score as the margin (ProbToMargin is the identity; xgboost 1.7.4's
            // predict(output_margin=True) is the sum of the leaves + 0.5 for the default base_score 0.5, not + logit(0.5) = 0).
            "binary:logitraw" => (1, TreePostTransform.None, false, false, "variable"),
            "reg:logistic" => (1, TreePostTransform.Logistic, true, false, "variable"),
            "reg:squarederror" => (1, TreePostTransform.None, false, false, "variable"),
            "multi:softprob" => (numClass, TreePostTransform.Softmax, false, false, "probabilities"),
            _ => throw Fail($"objective '{objective}' is not supported (supported: binary:logistic, binary:logitraw, multi:softprob, reg:squarederror, reg:logistic)"),
        };
        if (objective == "multi:softprob" && numClass < 2) throw Fail($"multi:softprob with num_class {numClass}");
        var trees = new List<DecisionTree>(treesJson.Count);
        for (var t = 0; t < treesJson.Count; t++)
        {
            var cls = setup.Binary || setup.Columns == 1 ? 0 : info[t];
            if (cls < 0 || cls >= setup.Columns) throw Fail($"tree {t} is for class {info[t]}, outside 0..{setup.Columns - 1}");
            trees.Add(Tree(treesJson[t], t, cls, setup.Columns, setup.Binary, numFeature, name));
        }
        // One base score for every output (XGBoost 1.x "5E-1", 2.x "[5E-1]"), or one per class (a vector intercept).
        var outputs = setup.Binary ? 1 : setup.Columns;
        if (baseScores.Length != 1 && baseScores.Length != outputs) throw Fail($"base_score has {baseScores.Length} values for {outputs} output(s)");
        var margins = baseScores.Select(b => setup.Logit ? Logit(b, name) : b).ToArray();
        var bases = setup.Binary
            ? new[] { -margins[0], margins[0] }
            : Enumerable.Range(0, setup.Columns).Select(c => margins[margins.Length == 1 ? 0 : c]).ToArray();
        TreeEnsembleOp op;
        try
        {
            op = new TreeEnsembleOp(numFeature, trees, bases, setup.Post);
        }
        catch (GraphException e)
        {
            throw Fail(e.Message);
        }
        var graphName = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name[..^5] : name;
        var graph = new Graph(graphName);
        var input = new Value("input", new Shape(numFeature));
        graph.Inputs.Add(input);
        var (tree, output) = TreeEnsembleNodes.Add(graph, "xgboost", input, op, setup.Output);
        if (setup.Binary) TreeImportNotes.Record(tree, "binary:logistic: the margin s read as two columns [-s, s] (a sigmoid gives [1-p, p])");
        graph.Outputs.Add(output);
        return graph;
    }

    private static DecisionTree Tree(JsonElement tree, int t, int cls, int columns, bool binary, int numFeature, string name)
    {
        ModelLoadException Fail(int node, string what) => new($"XGBoost model '{name}': tree {t} node {node} {what}");
        var left = Ints(tree, "left_children", name);
        var n = left.Length;
        if (n == 0) throw new ModelLoadException($"XGBoost model '{name}': tree {t} has no nodes");
        var right = Ints(tree, "right_children", name);
        var index = Ints(tree, "split_indices", name);
        var cond = Member(tree, "split_conditions", name).EnumerateArray().Select(e => (double)e.GetSingle()).ToArray();
        var defaultLeft = Ints(tree, "default_left", name);
        var splitType = tree.TryGetProperty("split_type", out var st) ? st.EnumerateArray().Select(e => e.GetInt32()).ToArray() : new int[n];
        foreach (var (arr, what) in new[] { (right.Length, "right_children"), (index.Length, "split_indices"), (cond.Length, "split_conditions"), (defaultLeft.Length, "default_left"), (splitType.Length, "split_type") })
        {
            if (arr != n) throw new ModelLoadException($"XGBoost model '{name}': tree {t} has {arr} {what} for {n} nodes");
        }
        var feature = new int[n];
        var threshold = new double[n];
        var mode = new TreeSplitMode[n];
        var trueChild = new int[n];
        var falseChild = new int[n];
        var missing = new bool[n];
        var values = new double[n * columns];
        for (var i = 0; i < n; i++)
        {
            if (left[i] == -1)
            {
                if (right[i] != -1) throw Fail(i, $"has no left child but right child {right[i]}");
                trueChild[i] = falseChild[i] = -1;
                if (!double.IsFinite(cond[i])) throw Fail(i, $"has leaf value {cond[i]}");
                if (binary) values[i * columns] = -cond[i];
                values[i * columns + (binary ? 1 : cls)] = cond[i];
                continue;
            }
            if (splitType[i] != 0) throw Fail(i, "is a categorical split, which is not supported (numerical splits only)");
            if (left[i] <= 0 || left[i] >= n || right[i] <= 0 || right[i] >= n) throw Fail(i, $"has children {left[i]} and {right[i]} outside 1..{n - 1}");
            if (index[i] < 0 || index[i] >= numFeature) throw Fail(i, $"splits on feature {index[i]}, but the model has {numFeature} features");
            if (!double.IsFinite(cond[i])) throw Fail(i, $"has split condition {cond[i]}");
            feature[i] = index[i];
            threshold[i] = cond[i];
            mode[i] = TreeSplitMode.Less;
            trueChild[i] = left[i];
            falseChild[i] = right[i];
            missing[i] = defaultLeft[i] != 0;
        }
        try
        {
            return new DecisionTree(feature, threshold, mode, trueChild, falseChild, missing, values, columns);
        }
        catch (GraphException e)
        {
            throw new ModelLoadException($"XGBoost model '{name}': tree {t}: {e.Message}");
        }
    }

    /// <summary>
    /// learner_model_param.base_score: a number in a string ("5E-1", XGBoost 1.x), or a bracketed list in a string
    /// ("[5E-1]", XGBoost 2.x; one value per class or target when the intercept is a vector).
    /// </summary>
    private static double[] BaseScores(JsonElement element, string name)
    {
        var text = (element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText())?.Trim() ?? "";
        if (text.StartsWith('[') && text.EndsWith(']')) text = text[1..^1];
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new double[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
            {
                throw new ModelLoadException($"XGBoost model '{name}': base_score '{element.GetRawText()}' is not a number or a list of numbers");
            }
        }
        return values;
    }

    private static double Logit(double p, string name) => p > 0 && p < 1
        ? Math.Log(p / (1 - p))
        : throw new ModelLoadException($"XGBoost model '{name}': base_score {p} is not a probability in (0, 1)");

    private static int[] Ints(JsonElement e, string member, string name) =>
        Member(e, member, name).EnumerateArray().Select(v => v.GetInt32()).ToArray();

    private static JsonElement Member(JsonElement e, string member, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(member, out var v)
            ? v
            : throw new ModelLoadException($"XGBoost model '{name}' has no '{member}' (not a Booster.save_model JSON?)");
}
