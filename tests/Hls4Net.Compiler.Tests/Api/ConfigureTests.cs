using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Api;

/// <summary>One loaded model, many configurations: each design is independent and the model never changes.</summary>
public sealed class ConfigureTests
{
    private static readonly double[][] Inputs =
    [
        [0.5, -1.25, 2, 0.75, -0.5, 1, -2, 0.25, 1.5, -0.75, 0.125, -1, 0.5, 2.5, -1.5, 0],
        [-0.25, 0.5, -1, 1.75, 0.5, -2.5, 1, 0, -0.5, 0.75, 1.25, -0.125, 2, -1, 0.5, 1],
    ];

    [Fact]
    public void TwoConfigurationsOfOneModelGiveIndependentDesignsAndLeaveTheModelUnchanged()
    {
        var model = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx"));
        var before = GraphSnapshot.Of(model.CopyGraph());

        var wide = model.Configure(Config("ap_fixed<16,6>", 1));
        var wideGraph = GraphSnapshot.Of(wide.Graph);
        var wideOutputs = wide.Emulate(Inputs);
        var narrow = model.Configure(Config("ap_fixed<6,3>", 2));

        Assert.Equal(before, GraphSnapshot.Of(model.CopyGraph()));
        Assert.All(model.CopyGraph().Nodes, n => Assert.Null(n.Output.Type));
        Assert.Equal(wideGraph, GraphSnapshot.Of(wide.Graph));
        Assert.Equal(wideOutputs, wide.Emulate(Inputs));
        Assert.All(Dense(wide), n => Assert.Equal((FixedType.Parse("ap_fixed<16,6>"), 1), (n.Precision.Weight, n.Hardware.ReuseFactor)));
        Assert.All(Dense(narrow), n => Assert.Equal((FixedType.Parse("ap_fixed<6,3>"), 2), (n.Precision.Weight, n.Hardware.ReuseFactor)));
        Assert.NotEqual(wideOutputs, narrow.Emulate(Inputs)); // 6-bit weights cannot reproduce the 16-bit design's scores
        Assert.Empty(wide.Graph.Nodes.Intersect(narrow.Graph.Nodes, ReferenceEqualityComparer.Instance));
        Assert.Equal(GraphSnapshot.Of(wide.Graph), GraphSnapshot.Of(model.Configure(Config("ap_fixed<16,6>", 1)).Graph));
    }

    [Fact]
    public void ConfiguringAModelIsTheDefaultPipelineOnTheImport()
    {
        var config = Config("ap_fixed<10,4>", 2);
        var design = HlsModel.Load(RepoPaths.Sample("jet_mlp.onnx")).Configure(config);

        var graph = new ModelLoader().Load(RepoPaths.Sample("jet_mlp.onnx"));
        DefaultPipeline.Create().Run(graph, new PassContext(Config("ap_fixed<10,4>", 2), verifyAfterEachPass: true));

        Assert.Equal(GraphSnapshot.Of(graph), GraphSnapshot.Of(design.Graph));
    }

    [Fact]
    public void TheTwoStagesAreTheOneOrderedList()
    {
        var all = DefaultPipeline.Create().Passes.Select(p => p.Name);
        var staged = DefaultPipeline.Structural().Passes.Concat(DefaultPipeline.Configuration().Passes).Select(p => p.Name);
        Assert.Equal(all, staged);
        Assert.NotEmpty(DefaultPipeline.Structural().Passes);
        Assert.NotEmpty(DefaultPipeline.Configuration().Passes);
    }

    private static ProjectConfig Config(string precision, int reuseFactor)
    {
        var config = new ProjectConfig();
        config.Hls.Model.SetDefaultPrecision(FixedType.Parse(precision));
        config.Hls.Model.ReuseFactor = reuseFactor;
        return config;
    }

    private static List<Node> Dense(HlsDesign design) => design.Graph.Nodes.Where(n => n.Op is DenseOp).ToList();
}
