using Hls4Net.Core.Ir;
using Hls4Net.Frontends.Onnx;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>The project's own samples/ (made by tools/SampleMaker) import with the documented architectures.</summary>
public class OnnxSampleModelTests
{
    private static Graph Load(string file) => new OnnxImporter().Import(RepoPaths.Sample(file));

    [Fact]
    public void JetMlp_16_32_16_5()
    {
        var g = Load("jet_mlp.onnx");
        Assert.Equal("Dense(16->32) Relu Dense(32->16) Relu Dense(16->5) Softmax", string.Join(" ", g.Nodes.Select(n => n.Op.Describe())));
        Assert.Equal((16 + 1) * 32 + (32 + 1) * 16 + (16 + 1) * 5, g.Nodes.Sum(n => n.Op.ParameterCount));
    }

    [Fact]
    public void TinyMlp_8_16Bn_3()
    {
        var g = Load("tiny_mlp.onnx");
        Assert.Equal("MatMul(8->16) BiasAdd BatchNormalization Tanh MatMul(16->3) BiasAdd Sigmoid", string.Join(" ", g.Nodes.Select(n => n.Op.Describe())));
        Assert.Equal((8 + 1) * 16 + 2 * 16 + (16 + 1) * 3, g.Nodes.Sum(n => n.Op.ParameterCount));
    }
}
