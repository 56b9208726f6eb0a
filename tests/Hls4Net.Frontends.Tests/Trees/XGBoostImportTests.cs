using System.Text.Json.Nodes;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends;
using Hls4Net.Frontends.XGBoost;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Trees;

/// <summary>XGBoost's save_model JSON: structure, objectives, the Keras/XGBoost .json choice, and errors naming tree and node.</summary>
public sealed class XGBoostImportTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "bdt", name);

    private static Core.Ir.Graph ImportMutated(string fixture, Action<JsonNode> mutate)
    {
        var json = JsonNode.Parse(File.ReadAllText(Fixture(fixture)))!;
        mutate(json);
        var path = Path.Combine(Path.GetTempPath(), $"hls4net-xgb-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            return new XGBoostImporter().Import(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static JsonNode Tree0(JsonNode j) => j["learner"]!["gradient_booster"]!["model"]!["trees"]![0]!;

    [Fact]
    public void MultiClassSoftprobIsATreeEnsembleThenASoftmax()
    {
        var g = new XGBoostImporter().Import(Fixture("xgb_multiclass.json"));
        var op = Assert.IsType<TreeEnsembleOp>(g.Nodes[0].Op);
        Assert.Equal(18, op.Trees.Count); // 6 rounds × 3 classes in the generator
        Assert.Equal(3, op.Columns);
        Assert.Equal([0.5, 0.5, 0.5], op.BaseValues); // base_score "5E-1", added to every class margin
        Assert.All(op.ColumnTrees, l => Assert.Equal(6, l.Count));
        Assert.Equal(TreeSplitMode.Less, op.Trees[0].Mode[0]);
        Assert.IsType<SoftmaxOp>(g.Nodes[1].Op);
    }

    [Fact]
    public void BinaryLogisticHasTwoColumnsAndAZeroMarginForBaseScoreOneHalf()
    {
        var g = new XGBoostImporter().Import(Fixture("xgb_binary.json"));
        var op = Assert.IsType<TreeEnsembleOp>(g.Nodes[0].Op);
        Assert.Equal(2, op.Columns);
        Assert.Equal(0.0, op.BaseValues[1]); // logit(0.5)
        Assert.Equal(TreePostTransform.Logistic, op.PostTransform);
    }

    /// <summary>
    /// binary:logitraw's margin is the sum of the leaves plus base_score itself (XGBoost's LogisticRaw takes no logit:
    /// xgboost 1.7.4's predict(output_margin=True) on tests/fixtures/bdt/xgb_logitraw is the leaf sum + 0.5), one column,
    /// no post-transform. With base_score 0.25 the margin offset is 0.25, not logit(0.25) = -1.0986.
    /// </summary>
    [Fact]
    public void BinaryLogitrawKeepsBaseScoreAsTheRawMargin()
    {
        var op = Assert.IsType<TreeEnsembleOp>(new XGBoostImporter().Import(Fixture("xgb_logitraw.json")).Nodes[0].Op);
        Assert.Equal(1, op.Columns);
        Assert.Equal([0.5], op.BaseValues);
        Assert.Equal(TreePostTransform.None, op.PostTransform);
        var quarter = ImportMutated("xgb_logitraw.json", j => j["learner"]!["learner_model_param"]!["base_score"] = "2.5E-1");
        Assert.Equal([0.25], Assert.IsType<TreeEnsembleOp>(quarter.Nodes[0].Op).BaseValues);
    }

    /// <summary>XGBRFClassifier: num_parallel_tree 3 trees per class in one round; tree_info says each tree's class.</summary>
    [Fact]
    public void RandomForestTreesAreSummedPerClassAsTreeInfoSays()
    {
        var op = Assert.IsType<TreeEnsembleOp>(new XGBoostImporter().Import(Fixture("xgb_rf_multiclass.json")).Nodes[0].Op);
        Assert.Equal(9, op.Trees.Count); // XGBRF's n_estimators 3 = num_parallel_tree 3, one round, x 3 classes
        Assert.Equal(3, op.Columns);
        Assert.All(op.ColumnTrees, l => Assert.Equal(3, l.Count));
    }

    [Fact]
    public void TheModelLoaderTellsXGBoostJsonFromKerasJson()
    {
        Assert.IsType<TreeEnsembleOp>(new ModelLoader().Load(Fixture("xgb_binary.json")).Nodes[0].Op);
        var keras = Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "dense_keras.json");
        var g = new ModelLoader().Load(keras, Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "dense_keras_weights.h5"));
        Assert.DoesNotContain(g.Nodes, n => n.Op is TreeEnsembleOp);
        Assert.Contains(g.Nodes, n => n.Op is DenseOp);
    }

    [Fact]
    public void ACategoricalSplitNamesTheTreeAndTheNode()
    {
        var e = Assert.Throws<ModelLoadException>(() => ImportMutated("xgb_binary.json", j => Tree0(j)["split_type"]![2] = 1));
        Assert.Contains("tree 0 node 2 is a categorical split", e.Message);
    }

    [Fact]
    public void AChildOutOfRangeNamesTheTreeAndTheNode()
    {
        var e = Assert.Throws<ModelLoadException>(() => ImportMutated("xgb_binary.json", j => Tree0(j)["right_children"]![0] = 500));
        Assert.Contains("tree 0 node 0 has children", e.Message);
    }

    [Fact]
    public void AnUnsupportedObjectiveIsRefused()
    {
        var e = Assert.Throws<ModelLoadException>(() => ImportMutated("xgb_binary.json", j => j["learner"]!["objective"]!["name"] = "rank:pairwise"));
        Assert.Contains("objective 'rank:pairwise' is not supported", e.Message);
    }

    private static JsonNode Param(JsonNode j) => j["learner"]!["learner_model_param"]!;

    [Theory]
    // XGBoost 1.x writes "5E-1"; 2.x writes the same intercept as a one-element list "[5E-1]".
    [InlineData("5E-1", 0.5, 0.5, 0.5)]
    [InlineData("[5E-1]", 0.5, 0.5, 0.5)]
    [InlineData("[2.5E-1]", 0.25, 0.25, 0.25)]
    // A vector intercept: one base score per class margin.
    [InlineData("[1E-1,2E-1,-3E-1]", 0.1, 0.2, -0.3)]
    [InlineData("[1E-1, 2E-1, -3E-1]", 0.1, 0.2, -0.3)]
    public void MultiClassBaseScoreIsOneValueOrOnePerClass(string baseScore, double a, double b, double c)
    {
        var g = ImportMutated("xgb_multiclass.json", j => Param(j)["base_score"] = baseScore);
        Assert.Equal([a, b, c], Assert.IsType<TreeEnsembleOp>(g.Nodes[0].Op).BaseValues);
    }

    [Theory]
    [InlineData("7.5E-1")]
    [InlineData("[7.5E-1]")]
    public void BinaryLogisticTakesTheLogitOfA2xBaseScore(string baseScore)
    {
        var op = Assert.IsType<TreeEnsembleOp>(ImportMutated("xgb_binary.json", j => Param(j)["base_score"] = baseScore).Nodes[0].Op);
        // logit(0.75) = ln(0.75 / 0.25) = ln 3.
        Assert.Equal(Math.Log(3), op.BaseValues[1], 12);
        Assert.Equal(-Math.Log(3), op.BaseValues[0], 12);
    }

    [Theory]
    [InlineData("xgb_multiclass.json", "[1E-1,2E-1]", "base_score has 2 values for 3 output(s)")]
    [InlineData("xgb_binary.json", "[4E-1,6E-1]", "base_score has 2 values for 1 output(s)")]
    [InlineData("xgb_binary.json", "[abc]", "is not a number or a list of numbers")]
    [InlineData("xgb_binary.json", "[]", "is not a number or a list of numbers")]
    public void ABadBaseScoreIsOneClearError(string fixture, string baseScore, string message)
    {
        var e = Assert.Throws<ModelLoadException>(() => ImportMutated(fixture, j => Param(j)["base_score"] = baseScore));
        Assert.Contains(message, e.Message);
    }
}
