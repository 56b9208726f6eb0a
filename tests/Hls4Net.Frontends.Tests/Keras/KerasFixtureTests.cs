using Hls4Net.Core.Ir;
using Hls4Net.Core.Ir.Ops;
using Hls4Net.Emulation.Float;
using Hls4Net.Frontends.Keras;
using Hls4Net.Ops;

namespace Hls4Net.Frontends.Tests.Keras;

/// <summary>
/// The committed Keras 3 / Keras 2 fixtures (QKeras v3 layers and quantizers, a nested Sequential, a shared layer) import,
/// and the emulator's float mode computes what the quantized model computes: within 1e-5 of the generator's numpy
/// forward pass of QKeras' semantics, on every sample.
/// </summary>
public sealed class KerasFixtureTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "qkeras3_mlp.keras", "qkeras3_quantizers.keras", "qkeras3_conv.keras", "keras2_nested.h5", "keras3_nested.keras", "keras2_shared.h5",
        "keras3_shared.keras", "qkeras3_separable1d.keras",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FloatModeMatchesTheNumpyReference(string file)
    {
        var fixture = KerasFixture.Load(file);
        var graph = new KerasImporter().Import(fixture.ModelPath);

        var result = new FloatInterpreter(StandardOps.Create().FloatKernels()).Run(graph, fixture.Inputs.SelectMany(r => r).ToArray(), fixture.Inputs.Length);

        var width = fixture.Expected[0].Length;
        Assert.Equal(fixture.Inputs.Length * width, result.Outputs[0].Length);
        for (var b = 0; b < fixture.Inputs.Length; b++)
        {
            for (var i = 0; i < width; i++)
            {
                var actual = result.Outputs[0][b * width + i];
                Assert.True(Math.Abs(actual - fixture.Expected[b][i]) <= 1e-5, $"{file}: sample {b} output {i}: {actual} vs numpy {fixture.Expected[b][i]}");
            }
        }
    }

    [Fact]
    public void Keras3ArchiveReadsWeightsByClassPathNotLayerName()
    {
        // fc1 (QDense) is stored at layers/q_dense, bn1 at layers/q_batch_normalization, fc2 at layers/q_dense_1.
        var graph = new KerasImporter().Import(KerasFixture.Load("qkeras3_mlp.keras").ModelPath);
        var fc1 = Assert.IsType<DenseOp>(graph.Nodes.Single(n => n.Name == "fc1").Op);
        var fc2 = Assert.IsType<DenseOp>(graph.Nodes.Single(n => n.Name == "fc2").Op);
        Assert.Equal(new[] { 16, 12 }, fc1.Weights.Shape.Dims.ToArray());
        Assert.Equal(new[] { 12, 5 }, fc2.Weights.Shape.Dims.ToArray());
        Assert.IsType<BatchNormOp>(graph.Nodes.Single(n => n.Name == "bn1").Op);
    }

    [Fact]
    public void NestedSequentialIsFlattenedAndSharedLayerGetsANodePerCall()
    {
        var nested = new KerasImporter().Import(KerasFixture.Load("keras2_nested.h5").ModelPath);
        Assert.Equal(["dense", "dense_relu", "dense_1", "dense_2"], nested.Nodes.Select(n => n.Name).ToArray());
        Assert.Single(nested.Inputs);

        var shared = new KerasImporter().Import(KerasFixture.Load("keras2_shared.h5").ModelPath);
        var calls = shared.Nodes.Where(n => n.Name is "shared" or "shared_call1").Select(n => Assert.IsType<DenseOp>(n.Op)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal(calls[0].Weights.Data, calls[1].Weights.Data);
        Assert.Equal("pre_relu", shared.Nodes.Single(n => n.Name == "shared_call1").Inputs[0].Producer!.Name);
    }

    [Fact]
    public void AutoPo2AlphaBecomesGridWeightsAndAnAlphaNode()
    {
        var graph = new KerasImporter().Import(KerasFixture.Load("qkeras3_quantizers.keras").ModelPath);
        var dense = Assert.IsType<DenseOp>(graph.Nodes.Single(n => n.Name == "qd1").Op);
        var alpha = Assert.IsType<BatchNormOp>(graph.Nodes.Single(n => n.Name == "qd1_alpha").Op);
        // quantized_bits(4,0) grid: multiples of 1/8 in [-7/8, 7/8]; power-of-two scales.
        Assert.All(dense.Weights.Data, w => Assert.True(Math.Abs(w) <= 0.875 && w * 8 == Math.Round(w * 8), $"{w}"));
        Assert.All(dense.Bias.Data, b => Assert.Equal(0f, b));
        Assert.All(alpha.Scale.Data, s => Assert.Equal(Math.Round(Math.Log2(s)), Math.Log2(s)));
        Assert.True(graph.Nodes.Single(n => n.Name == "leaky").Annotations.TryGet(ImportHints.OutputQuantizer, out var q));
        Assert.Equal(-0.5, q!.Min); // quantized_relu(6,1,negative_slope=0.25) stops at -0.25·2^1
        var clip = Assert.IsType<ActivationOp>(graph.Nodes.Single(n => n.Name == "leaky_clip").Op);
        Assert.Equal((ActivationKind.BoundedRelu, -2.0), (clip.Function, clip.Min)); // so the firmware's leaky ReLU stops there too
    }
}
