using Hls4Net.TestSupport;

namespace Hls4Net.Reference.Tests;

/// <summary>ORT on a real Keras model against the independent <see cref="FloatGraphEvaluator"/>.</summary>
public sealed class ThreeLayerKerasTests : IClassFixture<OnnxRuntimeFixture>
{
    // Measured: softmax outputs (seeds 1-3, 4 samples each) differ by at most 1.52e-7, intermediate tensors (seed 42)
    // by at most 1.89e-6 (float32 rounding in ORT); the bounds are those plus about 20 %.
    private const double Tolerance = 1.8e-7;
    private const double LayerTolerance = 2.3e-6;
    private readonly OnnxRuntimeFixture _ort;
    private readonly byte[] _model = File.ReadAllBytes(RepoPaths.OnnxModel("three_layer_keras"));

    public ThreeLayerKerasTests(OnnxRuntimeFixture ort, Xunit.Abstractions.ITestOutputHelper output) => (_ort, _output) = (ort, output);

    private readonly Xunit.Abstractions.ITestOutputHelper _output;

    [SharedModelTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void OutputsMatchAnIndependentFloatForwardPass(int seed)
    {
        using var session = OnnxRuntimeSession.Open(_model, _ort.Locator);
        var input = session.Inputs[0];
        var width = (int)input.Shape[1];
        const int batch = 4;
        var x = Seeded(seed, batch * width);

        var ort = session.Run(input.Name, x, [batch, width])[session.OutputNames[0]];

        var reference = new FloatGraphEvaluator(_model);
        var outWidth = ort.Length / batch;
        for (var n = 0; n < batch; n++)
        {
            var expected = reference.Evaluate(input.Name, x[(n * width)..((n + 1) * width)])[session.OutputNames[0]];
            Assert.Equal(outWidth, expected.Length);
            _output.WriteLine($"sample {n}: max abs difference {expected.Select((e, j) => Math.Abs(e - ort[n * outWidth + j])).Max():G6}");
            for (var j = 0; j < outWidth; j++)
                Assert.True(Math.Abs(expected[j] - ort[n * outWidth + j]) <= Tolerance,
                    $"sample {n} output {j}: ORT {ort[n * outWidth + j]} vs reference {expected[j]}");
        }
    }

    [SharedModelFact]
    public void ExposedIntermediateTensorsMatchEveryLayer()
    {
        var names = OnnxModelOutputs.NodeOutputNames(_model);
        using var session = OnnxRuntimeSession.Open(OnnxModelOutputs.Expose(_model, names), _ort.Locator);
        var input = session.Inputs[0];
        var width = (int)input.Shape[1];
        var x = Seeded(42, width);

        var traced = session.Run(input.Name, x, [1, width], names);

        var expected = new FloatGraphEvaluator(_model).Evaluate(input.Name, x);
        Assert.Equal(12, names.Count);
        foreach (var name in names)
        {
            Assert.Equal(expected[name].Length, traced[name].Length);
            _output.WriteLine($"{name}: max abs difference {expected[name].Zip(traced[name], (a, b) => Math.Abs(a - b)).Max():G6}");
            for (var j = 0; j < expected[name].Length; j++)
                Assert.True(Math.Abs(expected[name][j] - traced[name][j]) <= LayerTolerance,
                    $"{name}[{j}]: ORT {traced[name][j]} vs reference {expected[name][j]}");
        }
    }

    [SharedModelFact]
    public void ExposingAnUnknownTensorNamesIt()
    {
        var error = Assert.Throws<ArgumentException>(() => OnnxModelOutputs.Expose(_model, ["no_such_tensor"]));
        Assert.Contains("no_such_tensor", error.Message);
    }

    [SharedModelFact]
    public void ExposeKeepsOriginalOutputsFirst()
    {
        var exposed = OnnxModelOutputs.Expose(_model, ["fc1_relu_Relu_0"]);
        using var original = OnnxRuntimeSession.Open(_model, _ort.Locator);
        using var session = OnnxRuntimeSession.Open(exposed, _ort.Locator);

        Assert.Equal([.. original.OutputNames, "fc1_relu_Relu_0"], session.OutputNames);
    }

    private static float[] Seeded(int seed, int count)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray();
    }
}
