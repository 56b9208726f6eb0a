using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Core.Passes;
using static Hls4Net.Core.Tests.Passes.PassTestGraphs;

namespace Hls4Net.Core.Tests.Semantics;

/// <summary>The <c>Semantics</c> key at the top level and in a LayerName section, and its error for an unknown value.</summary>
public sealed class SemanticsConfigTests
{
    private static ProjectConfig Load(string yaml) => new ProjectConfigLoader().LoadYaml(yaml, "s.yml");

    private static Graph TwoLayers(ProjectConfig config)
    {
        var g = WithInput(1, out var x);
        var a = g.Add("a", new DenseOp(Tensor([1, 1], 1), Tensor([1], 0)), x);
        var b = g.Add("b", new DenseOp(Tensor([1, 1], 1), Tensor([1], 0)), a.Output);
        g.Outputs.Add(b.Output);
        DefaultPipeline.Create().Run(g, new PassContext(config, verifyAfterEachPass: true));
        return g;
    }

    [Fact]
    public void TopLevelSemanticsHls4mlAppliesToEveryLayer()
    {
        var config = Load("Semantics: hls4ml\n");

        Assert.Equal(ArithmeticSemantics.Hls4ml, config.Semantics);
        Assert.All(TwoLayers(config).Nodes, n => Assert.Equal(ArithmeticSemantics.Hls4ml, n.Hardware.Semantics));
    }

    [Fact]
    public void ALayerNameSectionOverridesTheTopLevelKey()
    {
        var config = Load("Semantics: exact\nHLSConfig:\n  LayerName:\n    b:\n      Semantics: HLS4ML\n");

        var g = TwoLayers(config);

        Assert.Equal(ArithmeticSemantics.Hls4ml, config.Hls.LayerName["b"].Semantics);
        Assert.Equal(ArithmeticSemantics.Exact, g.Nodes[0].Hardware.Semantics);
        Assert.Equal(ArithmeticSemantics.Hls4ml, g.Nodes[1].Hardware.Semantics);
    }

    [Theory]
    [InlineData("Semantics: hls5ml\n", "hls5ml")]
    [InlineData("HLSConfig:\n  LayerName:\n    b:\n      Semantics: fast\n", "fast")]
    public void AnUnknownValueIsAClearConfigException(string yaml, string value)
    {
        var e = Assert.Throws<ConfigException>(() => Load(yaml));

        Assert.Contains($"'{value}'", e.Message);
        Assert.Contains("hls4ml", e.Message);
        Assert.Contains("exact", e.Message);
        Assert.Contains("s.yml", e.Message);
    }
}
