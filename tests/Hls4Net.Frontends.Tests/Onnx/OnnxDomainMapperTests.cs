using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;
using Hls4Net.Frontends.Onnx.Mappers;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>ONNX mappers are keyed by (domain, op type): "" and "ai.onnx" are one domain, other domains can have mappers.</summary>
public sealed class OnnxDomainMapperTests
{
    private static OnnxMapperSet WithTestDomain(TestDomainMapper test) => new([new ActivationMapper(), test]);

    /// <summary>x[4] -> a Relu (domain <paramref name="firstDomain"/>) -> b Relu (domain <paramref name="secondDomain"/>) -> y.</summary>
    private static OnnxModelBuilder TwoRelus(string firstDomain, string secondDomain)
    {
        var m = new OnnxModelBuilder(13, "dom").Opset(TestDomainMapper.TestDomain, 3).Input("x", 4).Output("y", 4)
            .Node("Relu", "a", ["x"], "h").Node("Relu", "b", ["h"], "y");
        m.Graph.Node[0].Domain = firstDomain;
        m.Graph.Node[1].Domain = secondDomain;
        return m;
    }

    [Fact]
    public void TheSameOpTypeInTwoDomainsReachesEachDomainsMapper()
    {
        var test = new TestDomainMapper();
        var m = TwoRelus("", TestDomainMapper.TestDomain);
        var g = new OnnxImporter(WithTestDomain(test)).Import(m.Bytes(), m.Name);
        Assert.Equal(ActivationKind.Relu, Assert.IsType<ActivationOp>(g.FindNode("a")!.Op).Function);
        Assert.Equal(ActivationKind.Tanh, Assert.IsType<ActivationOp>(g.FindNode("b")!.Op).Function);
        Assert.Equal([3L], test.Opsets); // the test domain's own opset version, not the default domain's 13
    }

    [Fact]
    public void AiOnnxSpelledOutIsTheDefaultDomain()
    {
        var test = new TestDomainMapper();
        var m = TwoRelus("ai.onnx", "");
        var g = new OnnxImporter(WithTestDomain(test)).Import(m.Bytes(), m.Name);
        Assert.All(g.Nodes, n => Assert.Equal(ActivationKind.Relu, Assert.IsType<ActivationOp>(n.Op).Function));
        Assert.Empty(test.Opsets);
    }

    [Fact]
    public void AnOpMissingFromAKnownDomainIsNamedWithItsDomain()
    {
        var m = TwoRelus("", TestDomainMapper.TestDomain);
        m.Graph.Node[1].OpType = "Sigmoid"; // the default domain has Sigmoid, the test domain does not
        var ex = Assert.Throws<ModelLoadException>(() => new OnnxImporter(WithTestDomain(new TestDomainMapper())).Import(m.Bytes(), m.Name));
        Assert.Equal("unsupported ONNX op 'Sigmoid' from domain 'com.hls4net.test' (node 'b') in model 'dom.onnx': no mapper for this op in domain 'com.hls4net.test'", ex.Message);
    }

    [Fact]
    public void AnUnknownDomainListsTheDomainsThatHaveMappers()
    {
        var m = TwoRelus("", "com.example");
        var ex = Assert.Throws<ModelLoadException>(() => new OnnxImporter(WithTestDomain(new TestDomainMapper())).Import(m.Bytes(), m.Name));
        Assert.Equal("unsupported ONNX op 'Relu' from domain 'com.example' (node 'b') in model 'dom.onnx': only the default ONNX domain (ai.onnx) and com.hls4net.test are supported; export without custom or contrib ops", ex.Message);
    }

    [Fact]
    public void TwoMappersForOneKeyAreRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new OnnxMapperSet([new ActivationMapper(), new ActivationMapper()]));
        Assert.Contains("two mappers for ONNX op Relu", ex.Message);
    }
}
