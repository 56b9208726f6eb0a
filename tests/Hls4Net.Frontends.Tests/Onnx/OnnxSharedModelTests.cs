using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Frontends.Onnx;
using Hls4Net.TestSupport;

namespace Hls4Net.Frontends.Tests.Onnx;

/// <summary>The real exports in ../shared/models/onnx (see its README for the architectures).</summary>
public class OnnxSharedModelTests
{
    private static Graph Load(string file) => new OnnxImporter().Import(Path.Combine(RepoPaths.SharedModels("onnx"), file));

    private static int Params(Graph g) => g.Nodes.Sum(n => n.Op.ParameterCount);

    private static string Layers(Graph g) => string.Join(" ", g.Nodes.Select(n => n.Op.Describe()));

    [SharedModelFact]
    public void ThreeLayerKeras_16_64_32_32_5()
    {
        var g = Load("three_layer_keras.onnx");
        Assert.Equal(new Shape(16), Assert.Single(g.Inputs).Shape);
        Assert.Equal(new Shape(5), Assert.Single(g.Outputs).Shape);
        Assert.Equal("MatMul(16->64) BiasAdd Relu MatMul(64->32) BiasAdd Relu MatMul(32->32) BiasAdd Relu MatMul(32->5) BiasAdd Softmax", Layers(g));
        // (16+1)*64 + (64+1)*32 + (32+1)*32 + (32+1)*5
        Assert.Equal(1088 + 2080 + 1056 + 165, Params(g));
        Assert.Equal("output_softmax_Softmax_01", g.Outputs[0].Name);
    }

    [SharedModelFact]
    public void ThreeLayerBnKeras_HasFourBatchNorms()
    {
        var g = Load("three_layer_bn_keras.onnx");
        Assert.Equal("Dense(16->64) BatchNormalization Relu Dense(64->32) BatchNormalization Relu Dense(32->32) BatchNormalization Relu "
            + "Dense(32->5) BatchNormalization Softmax", Layers(g));
        // dense as above + scale and shift for 64+32+32+5 channels
        Assert.Equal(4389 + 2 * (64 + 32 + 32 + 5), Params(g));
    }

    [SharedModelFact]
    public void TwoLayerKeras_10_32_1_Sigmoid()
    {
        var g = Load("two_layer_keras.onnx");
        Assert.Equal("MatMul(10->32) BiasAdd Relu MatMul(32->1) BiasAdd Sigmoid", Layers(g));
        Assert.Equal((10 + 1) * 32 + (32 + 1) * 1, Params(g));
    }

    [SharedModelFact]
    public void TwoLayerPyTorch_GemmTransB_NumericTensorNames()
    {
        var g = Load("two_layer_pytorch.onnx");
        // The batch axis is stored as 789444 in this export; it is still the batch.
        Assert.Equal(new Shape(10), g.Inputs[0].Shape);
        Assert.Equal("input 0[10]\n5 = Dense(10->32)(0) -> [32]\n6 = Relu(5) -> [32]\n7 = Dense(32->1)(6) -> [1]\n8 = Sigmoid(7) -> [1]\noutputs 8\n",
            new GraphPrinter().Print(g));
        Assert.Equal(385, Params(g));
    }

    [SharedModelFact]
    public void DenseBigKeras_16_100x5_5_DropoutsAsIdentity()
    {
        var g = Load("dense_big_keras.onnx");
        Assert.Equal(6, g.Nodes.Count(n => n.Op is MatMulOp));
        Assert.Equal(4, g.Nodes.Count(n => n.Op is IdentityOp));
        Assert.Equal((16 + 1) * 100 + 4 * (100 + 1) * 100 + (100 + 1) * 5, Params(g));
        Assert.Equal(new Shape(5), g.Outputs[0].Shape);
    }

    [SharedModelTheory]
    [InlineData("conv1d_small_keras.onnx")]
    [InlineData("conv2d_small_keras.onnx")]
    public void ConvModels_NowImportWithConvolutions(string file)
    {
        var graph = Load(file);
        Assert.Contains(graph.Nodes, n => n.Op.Kind.StartsWith("Conv", StringComparison.Ordinal));
    }
}
