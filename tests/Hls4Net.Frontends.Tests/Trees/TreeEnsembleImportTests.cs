using Google.Protobuf;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Proto;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Trees;

/// <summary>ai.onnx.ml tree ensembles: the fixtures' structure, every node mode, the tails, and one clear error per bad input naming the tree and node.</summary>
public sealed class TreeEnsembleImportTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "bdt", name);

    private static ModelProto Proto(string fixture) => ModelProto.Parser.ParseFrom(File.ReadAllBytes(Fixture(fixture + ".onnx")));

    private static Core.Ir.Graph Import(ModelProto model) => new OnnxImporter().Import(model.ToByteArray(), "mutated.onnx");

    private static AttributeProto Attr(ModelProto m, string name) => m.Graph.Node[0].Attribute.Single(a => a.Name == name);

    [Fact]
    public void BinaryGradientBoostingIsATreeEnsembleThenASigmoid()
    {
        var g = new OnnxImporter().Import(Fixture("sk_gb_binary.onnx"));
        var tree = g.Nodes[0];
        var op = Assert.IsType<TreeEnsembleOp>(tree.Op);
        Assert.Equal(12, op.Trees.Count); // n_estimators in the generator
        Assert.Equal(2, op.Columns);
        Assert.Equal(6, op.FeatureCount);
        Assert.Equal(TreePostTransform.Logistic, op.PostTransform);
        Assert.Equal(-op.BaseValues[1], op.BaseValues[0]);
        Assert.Equal(ActivationKind.Sigmoid, Assert.IsType<ActivationOp>(g.Nodes[1].Op).Function);
        Assert.Equal("probabilities", Assert.Single(g.Outputs).Name);
        Assert.Contains(TreeImportNotes.Of(tree), n => n.Contains("label output 'label' not produced", StringComparison.Ordinal));
        // Binary layout: the class-0 column holds the negated leaf values.
        var t0 = op.Trees[0];
        for (var i = 0; i < t0.NodeCount; i++) Assert.Equal(-t0.Values[2 * i + 1], t0.Values[2 * i]);
    }

    [Fact]
    public void ZipMapAndTheCastOfTheLabelAreDroppedWithANote()
    {
        var g = new OnnxImporter().Import(Fixture("sk_gb_multiclass_zipmap.onnx"));
        Assert.Equal("probabilities", Assert.Single(g.Outputs).Name);
        Assert.IsType<SoftmaxOp>(g.Nodes[^1].Op);
        var notes = TreeImportNotes.Of(g.Nodes[0]);
        Assert.Contains(notes, n => n.Contains("ZipMap 'ZipMap' dropped", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomForestRegressorHasNoPostTransformNode()
    {
        var g = new OnnxImporter().Import(Fixture("sk_rf_regressor.onnx"));
        var node = Assert.Single(g.Nodes);
        var op = Assert.IsType<TreeEnsembleOp>(node.Op);
        Assert.Equal(TreePostTransform.None, op.PostTransform);
        Assert.Equal("variable", Assert.Single(g.Outputs).Name);
        Assert.All(op.ColumnTrees[0], t => Assert.InRange(t, 0, op.Trees.Count - 1));
    }

    [Theory]
    [InlineData("BRANCH_LEQ", TreeSplitMode.LessOrEqual)]
    [InlineData("BRANCH_LT", TreeSplitMode.Less)]
    [InlineData("BRANCH_GTE", TreeSplitMode.GreaterOrEqual)]
    [InlineData("BRANCH_GT", TreeSplitMode.Greater)]
    [InlineData("BRANCH_EQ", TreeSplitMode.Equal)]
    [InlineData("BRANCH_NEQ", TreeSplitMode.NotEqual)]
    public void EveryNodeModeIsRead(string mode, TreeSplitMode expected)
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "nodes_modes").Strings[0] = ByteString.CopyFromUtf8(mode);
        var op = (TreeEnsembleOp)Import(m).Nodes[0].Op;
        Assert.Equal(expected, op.Trees[0].Mode[0]);
    }

    [Fact]
    public void MissingValueTracksTrueIsRead()
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "nodes_missing_value_tracks_true").Ints[0] = 1;
        var op = (TreeEnsembleOp)Import(m).Nodes[0].Op;
        Assert.True(op.Trees[0].MissingTracksTrue[0]);
        Assert.False(op.Trees[0].MissingTracksTrue[1]);
    }

    [Fact]
    public void AChildOutsideTheTreeNamesTheTreeAndTheNode()
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "nodes_truenodeids").Ints[0] = 999;
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("tree 0 node 0 has true child 999, which is not a node of the tree", e.Message);
    }

    [Fact]
    public void AnUnknownModeNamesTheTreeAndTheNode()
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "nodes_modes").Strings[0] = ByteString.CopyFromUtf8("BRANCH_MAYBE");
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("tree 0 node 0 has unknown mode 'BRANCH_MAYBE'", e.Message);
    }

    [Fact]
    public void ALeafWeightOnABranchNodeIsRefused()
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "target_nodeids").Ints[0] = 0; // the root is a branch
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("tree 0 node 0 has a target weight (entry 0) but is a branch node (BRANCH_LEQ)", e.Message);
    }

    [Fact]
    public void AFeatureBeyondTheInputIsRefused()
    {
        var m = Proto("sk_rf_regressor");
        Attr(m, "nodes_featureids").Ints[0] = 40;
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("tree 0 node 0 compares feature 40, but the input has 6 features", e.Message);
    }

    [Fact]
    public void TwoParentsAreRefused()
    {
        var m = Proto("sk_rf_regressor");
        var t = Attr(m, "nodes_truenodeids");
        var f = Attr(m, "nodes_falsenodeids");
        f.Ints[0] = t.Ints[0]; // both children of the root are one node
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("has two parents", e.Message);
        Assert.Contains("tree 0 node 1", e.Message);
    }

    [Theory]
    [InlineData("LOGIT")]
    [InlineData("softmax")]
    public void PostTransformsWithoutAFirmwareTableAreRefused(string post)
    {
        var m = Proto("sk_gb_multiclass");
        Attr(m, "post_transform").S = ByteString.CopyFromUtf8(post);
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains($"unsupported value {post} for attribute 'post_transform'", e.Message);
    }

    [Fact]
    public void ProbitIsAProbitTableAfterTheTrees()
    {
        var m = Proto("sk_gb_multiclass");
        Attr(m, "post_transform").S = ByteString.CopyFromUtf8("PROBIT");
        var graph = Import(m);
        var last = graph.Nodes[^1];
        Assert.Equal(ActivationKind.Probit, Assert.IsType<ActivationOp>(last.Op).Function);
        Assert.True(((ActivationOp)last.Op).UsesTable);
        Assert.IsType<TreeEnsembleOp>(graph.Nodes[^2].Op);
        Assert.Equal(TreePostTransform.Probit, ((TreeEnsembleOp)graph.Nodes[^2].Op).PostTransform);
    }

    [Fact]
    public void SoftmaxZeroIsAZeroMaskedSoftmaxAfterTheTrees()
    {
        var m = Proto("sk_gb_multiclass");
        Attr(m, "post_transform").S = ByteString.CopyFromUtf8("SOFTMAX_ZERO");
        var graph = Import(m);
        var softmax = Assert.IsType<SoftmaxOp>(graph.Nodes[^1].Op);
        Assert.True(softmax.ZeroMasked);
        Assert.Equal(TreePostTransform.SoftmaxZero, ((TreeEnsembleOp)graph.Nodes[^2].Op).PostTransform);
        Assert.Equal("Softmax[zero-masked]", softmax.Describe());
    }

    [Fact]
    public void ProbitOnTheBinaryOneColumnLayoutIsRefused()
    {
        var m = Proto("sk_gb_binary");
        Attr(m, "post_transform").S = ByteString.CopyFromUtf8("PROBIT");
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("a binary classifier with one weight column supports NONE and LOGISTIC", e.Message);
    }

    [Fact]
    public void AnUnknownAttributeIsRefused()
    {
        var m = Proto("sk_rf_regressor");
        m.Graph.Node[0].Attribute.Add(new AttributeProto { Name = "nodes_shapes", Type = AttributeProto.Types.AttributeType.Int, I = 1 });
        var e = Assert.Throws<ModelLoadException>(() => Import(m));
        Assert.Contains("unsupported attribute 'nodes_shapes'", e.Message);
    }
}
