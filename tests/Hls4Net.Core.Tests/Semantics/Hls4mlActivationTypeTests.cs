using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Semantics;

/// <summary>
/// Issue 11, QKeras activation types: under hls4ml semantics the type of a <c>quantized_relu(6,0)</c> comes from the
/// configuration only (model granularity keeps the model-wide type); weight and bias hints still apply.
/// </summary>
public sealed class Hls4mlActivationTypeTests
{
    private static readonly FixedType Quantizer = FixedType.Parse("ap_ufixed<6,0,AP_RND_CONV,AP_SAT>");
    private static readonly FixedType Weights = FixedType.Parse("ap_fixed<4,1>");

    private static Graph Configure(string yaml, ArithmeticSemantics semantics)
    {
        var g = WithInput(1, out var x);
        var fc = g.Add("fc", new DenseOp(Tensor([1, 1], 0.5f), Tensor([1], 0)), x);
        fc.Annotations.Set(ImportHints.WeightType, Weights);
        var relu = g.Add("relu", new ActivationOp(ActivationKind.Relu), fc.Output);
        relu.Annotations.Set(ImportHints.ResultType, Quantizer);
        g.Outputs.Add(relu.Output);
        var config = new ProjectConfigLoader().LoadYaml(yaml, "q.yml");
        config.Semantics = semantics;
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    private const string Model = "HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n";

    [Fact]
    public void UnderExactTheQuantizerSetsTheActivationType()
    {
        var g = Configure(Model, ArithmeticSemantics.Exact);

        Assert.Equal(Quantizer, g.Nodes[1].Output.Type);
        Assert.Equal(Weights, g.Nodes[0].Precision.Weight);
    }

    [Fact]
    public void UnderHls4mlModelGranularityKeepsTheModelWideType()
    {
        var g = Configure(Model, ArithmeticSemantics.Hls4ml);

        Assert.Equal(FixedType.Parse("ap_fixed<16,6>"), g.Nodes[1].Output.Type);
        // Weight hints are not activation result types: they stay.
        Assert.Equal(Weights, g.Nodes[0].Precision.Weight);
    }

    [Fact]
    public void UnderHls4mlNoConfigAtAllGivesTheBuiltInType()
    {
        var g = Configure("", ArithmeticSemantics.Hls4ml);

        Assert.Equal(PrecisionDefaults.For(PrecisionSlot.Result), g.Nodes[1].Output.Type);
    }

    [Theory]
    [InlineData("HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n  LayerName:\n    relu:\n      Precision:\n        result: ap_ufixed<6,0,AP_RND_CONV,AP_SAT>\n")]
    [InlineData("HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n  LayerType:\n    Activation:\n      Precision: ap_ufixed<6,0,AP_RND_CONV,AP_SAT>\n")]
    public void UnderHls4mlAConfigThatNamesTheTypeInstallsIt(string yaml)
    {
        var g = Configure(yaml, ArithmeticSemantics.Hls4ml);

        Assert.Equal(Quantizer, g.Nodes[1].Output.Type);
    }
}
