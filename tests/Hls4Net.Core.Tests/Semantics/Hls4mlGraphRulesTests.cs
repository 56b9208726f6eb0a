using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Numerics;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Semantics;

/// <summary>
/// Issue 11, graph-level rules of hls4ml semantics: a BatchNormalization and an ONNX bias Add fold into the Dense before
/// them only when the Dense's result type is <c>auto</c>; under exact semantics they always fold.
/// </summary>
public sealed class Hls4mlGraphRulesTests
{
    private const string ModelPrecision = "HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n";

    private static ProjectConfig Config(string yaml) => new ProjectConfigLoader().LoadYaml(yaml, "test.yml");

    private static Graph DenseBatchNorm()
    {
        var g = WithInput(2, out var x);
        var fc = g.Add("fc", new DenseOp(Tensor([2, 2], 1, 2, 3, 4), Tensor([2], 1, -1)), x);
        var bn = g.Add("bn", new BatchNormOp(Tensor([2], 2, 0.5f), Tensor([2], 10, 20)), fc.Output);
        g.Outputs.Add(bn.Output);
        return g;
    }

    /// <summary>An ONNX-style MatMul + Add after the structural passes (the Add folded into the Dense, its source recorded).</summary>
    private static Graph MatMulAdd()
    {
        var g = WithInput(2, out var x);
        var mm = g.Add("mm", new MatMulOp(Tensor([2, 3], 1, 2, 3, 4, 5, 6)), x);
        var add = g.Add("add", new BiasAddOp(Tensor([3], 0.5f, -1, 2)), mm.Output);
        g.Add("relu", new ActivationOp(ActivationKind.Relu), add.Output);
        g.Outputs.Add(g.Nodes[^1].Output);
        DefaultPipeline.Structural().Run(g, new PassContext(new ProjectConfig(), verifyAfterEachPass: true));
        return g;
    }

    private static string Configure(Graph g, ProjectConfig config)
    {
        DefaultPipeline.Configuration().Run(g, new PassContext(config, verifyAfterEachPass: true));
        return new GraphPrinter().Print(g);
    }

    [Fact]
    public void BatchNormAndMergePassesRunInTheConfigurationStageInTheirOldOrder()
    {
        var structural = DefaultPipeline.Structural().Passes.Select(p => p.Name).ToList();
        var configuration = DefaultPipeline.Configuration().Passes.Select(p => p.Name).ToList();
        Assert.Equal(["fold-matmul-bias", "remove-identity", "channels-last"], structural);
        Assert.Equal(["split-bias", "fuse-batchnorm", "merge-linear-activation", "softmax-keys"], configuration.Take(4));
    }

    [Fact]
    public void UnderExactTheBatchNormAlwaysFuses()
    {
        var g = DenseBatchNorm();
        var config = Config(ModelPrecision);
        config.Semantics = ArithmeticSemantics.Exact;

        var text = Configure(g, config);

        Assert.StartsWith("input x[2] ap_fixed<16,6>\nfc = Dense(2->2)(x) -> [2] ap_fixed<16,6>\noutputs bn\n", text);
        Assert.Equal([new RuleDecision(GraphRule.BatchNormFused, "bn")], RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    [Theory]
    [InlineData(ModelPrecision, "HLSConfig.Model")]
    [InlineData("", LayerConfigResolver.BuiltIn)]
    [InlineData("HLSConfig:\n  Model:\n    Precision: {default: auto}\n  LayerName:\n    fc:\n      Precision: {result: 'ap_fixed<12,4>'}\n", "HLSConfig.LayerName.fc")]
    [InlineData("HLSConfig:\n  Model:\n    Precision: {result: auto}\n  LayerType:\n    Dense:\n      Precision: ap_fixed<12,4>\n", "HLSConfig.LayerType.Dense")]
    public void UnderHls4mlAnExplicitResultTypeKeepsTheBatchNorm(string yaml, string source)
    {
        var g = DenseBatchNorm();
        var config = Config(yaml);
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        Assert.Contains("fc = Dense(2->2)(x)", text);
        Assert.Contains("bn = BatchNormalization(fc)", text);
        Assert.Equal([new RuleDecision(GraphRule.BatchNormKept, "fc", source)], RewriteNotes.DecisionsOf(g.Nodes[1]));
        // The batch norm's own types come from its own sections (here the model default or the built-in one).
        Assert.NotNull(g.Nodes[1].Precision.Weight);
        Assert.NotNull(g.Nodes[1].Precision.Bias);
    }

    [Theory]
    [InlineData("HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n  LayerName:\n    fc:\n      Precision: {result: auto}\n")]
    [InlineData("HLSConfig:\n  Model:\n    Precision: ap_fixed<16,6>\n  LayerName:\n    fc:\n      Precision: auto\n")]
    [InlineData("HLSConfig:\n  Model:\n    Precision: {default: 'ap_fixed<16,6>', result: auto}\n")]
    public void UnderHls4mlAnAutoResultTypeFusesTheBatchNorm(string yaml)
    {
        var g = DenseBatchNorm();
        var config = Config(yaml);
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        Assert.DoesNotContain("BatchNormalization", text);
        // Same fused constants as under exact semantics (column 0 scaled by 2, column 1 by 0.5; b*scale + shift).
        var dense = (DenseOp)g.Nodes[0].Op;
        Assert.Equal(new float[] { 2, 1, 6, 2 }, dense.Weights.Data);
        Assert.Equal(new float[] { 12, 19.5f }, dense.Bias.Data);
        // The fused layer's auto result is inferred (InferAutoPrecisionPass): input, weight and bias ap_fixed<16,6>, 2 inputs:
        // 32 + 1 = 33 bits, 12 + 1 = 13 integer (20 fractional); the bias adds one integer bit: max(13, 6) + 1 = 14 -> 34 bits.
        Assert.Equal(FixedType.Parse("ap_fixed<34,14>"), g.Nodes[0].Output.Type);
        Assert.Equal([new RuleDecision(GraphRule.BatchNormFused, "bn")], RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    [Fact]
    public void ASemanticsKeyInTheDenseSectionDecides()
    {
        var g = DenseBatchNorm();
        var config = Config("Semantics: exact\n" + ModelPrecision + "  LayerName:\n    fc:\n      Semantics: hls4ml\n");

        Assert.Equal(ArithmeticSemantics.Exact, config.Semantics);
        var text = Configure(g, config);

        Assert.Contains("bn = BatchNormalization(fc)", text);
        Assert.Equal(ArithmeticSemantics.Hls4ml, g.Nodes[0].Hardware.Semantics);
        Assert.Equal(ArithmeticSemantics.Exact, g.Nodes[1].Hardware.Semantics);
    }

    [Fact]
    public void TheFoldRecordsWhereTheBiasCameFrom()
    {
        var g = MatMulAdd();

        Assert.Equal(new BiasSource("add", "add", "mm"), g.Nodes[0].Annotations.Get(RewriteNotes.BiasSource));
        Assert.Equal(["mm", "relu"], g.Nodes.Select(n => n.Name));
    }

    [Fact]
    public void UnderExactTheOnnxBiasStaysFolded()
    {
        var g = MatMulAdd();
        var config = Config(ModelPrecision);
        config.Semantics = ArithmeticSemantics.Exact;

        var text = Configure(g, config);

        Assert.Equal(
            "input x[2] ap_fixed<16,6>\nmm = Dense(2->3)(x) -> [3] ap_fixed<16,6>\nrelu = Relu(add) -> [3] ap_fixed<16,6>\noutputs relu\n", text);
        Assert.Equal(new float[] { 0.5f, -1, 2 }, ((DenseOp)g.Nodes[0].Op).Bias.Data);
        Assert.Equal([new RuleDecision(GraphRule.BiasFolded, "add")], RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    [Fact]
    public void UnderHls4mlAnExplicitResultTypeSplitsTheOnnxBiasIntoABiasLayer()
    {
        var g = MatMulAdd();
        var config = Config(ModelPrecision + "  LayerName:\n    add:\n      Precision: {bias: 'ap_fixed<8,3>', result: 'ap_fixed<10,4>'}\n");
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        // The Dense's output takes the MatMul's name again; the bias layer is named as the Add and keeps the Add's output.
        Assert.Equal(
            "input x[2] ap_fixed<16,6>\nmm = Dense(2->3)(x) -> [3] ap_fixed<16,6>\nadd = BiasAdd(mm) -> [3] ap_fixed<10,4>\n" +
            "relu = Relu(add) -> [3] ap_fixed<16,6>\noutputs relu\n", text);
        var dense = (DenseOp)g.Nodes[0].Op;
        Assert.Equal(new float[] { 0, 0, 0 }, dense.Bias.Data);
        Assert.Equal(new float[] { 1, 2, 3, 4, 5, 6 }, dense.Weights.Data);
        Assert.Equal(new float[] { 0.5f, -1, 2 }, ((BiasAddOp)g.Nodes[1].Op).Bias.Data);
        Assert.Equal(FixedType.Parse("ap_fixed<8,3>"), g.Nodes[1].Precision.Bias);
        Assert.Equal([new RuleDecision(GraphRule.BiasLayer, "mm", "HLSConfig.Model")], RewriteNotes.DecisionsOf(g.Nodes[1]));
        Assert.Equal(ArithmeticSemantics.Hls4ml, g.Nodes[1].Hardware.Semantics);
        Assert.Same(g.Nodes[0], g.Nodes[1].Inputs[0].Producer);
        Assert.Same(g.Nodes[1], g.Nodes[2].Inputs[0].Producer);
    }

    [Fact]
    public void UnderHls4mlAnAutoResultTypeKeepsTheOnnxBiasFolded()
    {
        var g = MatMulAdd();
        var config = Config(ModelPrecision + "  LayerName:\n    mm:\n      Precision: {result: auto}\n");
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        Assert.DoesNotContain("BiasAdd", text);
        Assert.Equal([new RuleDecision(GraphRule.BiasFolded, "add")], RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    [Fact]
    public void ASplitBiasLayerIsAsGraphOutputAndTheBatchNormAfterItStaysApart()
    {
        var g = WithInput(2, out var x);
        var mm = g.Add("mm", new MatMulOp(Tensor([2, 1], 1, 2)), x);
        var add = g.Add("add", new BiasAddOp(Tensor([1], 3)), mm.Output);
        var bn = g.Add("bn", new BatchNormOp(Tensor([1], 2), Tensor([1], 1)), add.Output);
        g.Outputs.Add(bn.Output);
        DefaultPipeline.Structural().Run(g, new PassContext(new ProjectConfig(), verifyAfterEachPass: true));
        var config = Config(ModelPrecision);
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        Assert.Equal(["mm", "add", "bn"], g.Nodes.Select(n => n.Name));
        Assert.EndsWith("outputs bn\n", text);
    }

    [Fact]
    public void AKerasDenseBiasIsNeverSplit()
    {
        // A Dense with use_bias carries no BiasSource: its bias stays inside, as in hls4ml.
        var g = WithInput(2, out var x);
        var fc = g.Add("fc", new DenseOp(Tensor([2, 1], 1, 2), Tensor([1], 3)), x);
        g.Outputs.Add(fc.Output);
        var config = Config(ModelPrecision);
        config.Semantics = ArithmeticSemantics.Hls4ml;

        var text = Configure(g, config);

        Assert.Equal("input x[2] ap_fixed<16,6>\nfc = Dense(2->1)(x) -> [1] ap_fixed<16,6>\noutputs fc\n", text);
        Assert.Empty(RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    /// <summary>x[3, 1] → Conv1D(k = 2, cin = 1, cout = 2) → BatchNorm over the 2 channels.</summary>
    private static Graph ConvBatchNorm()
    {
        var g = new Graph("test");
        var x = new Value("x", new Shape(3, 1));
        g.Inputs.Add(x);
        // Weights [k, cin, cout] = [[[1, 2]], [[3, 4]]], bias [1, -1].
        var conv = g.Add("conv", new Conv1DOp(Tensor([2, 1, 2], 1, 2, 3, 4), Tensor([2], 1, -1)), x);
        var bn = g.Add("bn", new BatchNormOp(Tensor([2], 2, 0.5f), Tensor([2], 10, 20)), conv.Output);
        g.Outputs.Add(bn.Output);
        return g;
    }

    [Fact]
    public void UnderHls4mlAnAutoConvolutionResultFusesTheBatchNormIntoIt()
    {
        var g = ConvBatchNorm();
        var config = Config(ModelPrecision + "  LayerName:\n    conv:\n      Precision: {result: auto}\n");
        config.Semantics = ArithmeticSemantics.Hls4ml;

        Configure(g, config);

        Assert.Equal(["conv"], g.Nodes.Select(n => n.Name));
        var conv = (Conv1DOp)g.Nodes[0].Op;
        // Output channel 0 scaled by 2, channel 1 by 0.5: [[2, 1], [6, 2]]; bias b*scale + shift = [1*2 + 10, -1*0.5 + 20].
        Assert.Equal(new float[] { 2, 1, 6, 2 }, conv.Weights.Data);
        Assert.Equal(new float[] { 12, 19.5f }, conv.Bias.Data);
        Assert.Equal([new RuleDecision(GraphRule.BatchNormFused, "bn")], RewriteNotes.DecisionsOf(g.Nodes[0]));
    }

    [Theory]
    [InlineData(ArithmeticSemantics.Exact)]
    [InlineData(ArithmeticSemantics.Hls4ml)]
    public void ABatchNormAfterAConvolutionWithAnExplicitResultStaysAndExactNeverFusesIt(ArithmeticSemantics semantics)
    {
        var g = ConvBatchNorm();
        var config = Config(ModelPrecision);
        config.Semantics = semantics;

        Configure(g, config);

        Assert.Equal(["conv", "bn"], g.Nodes.Select(n => n.Name));
        Assert.Equal(semantics == ArithmeticSemantics.Hls4ml ? [new RuleDecision(GraphRule.BatchNormKept, "conv", "HLSConfig.Model")] : [],
            RewriteNotes.DecisionsOf(g.Nodes[1]));
    }
}
