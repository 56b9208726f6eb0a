using Hls4Net.Verification;
using Hls4Net.Core.Config;
using Hls4Net.Core.Data;
using Hls4Net.Emulation.Float;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// ONNX Runtime against the emulator's independent float interpreter on the repository's fixtures (no ../shared
/// needed): dense and convolutional ONNX models, and each Keras JSON + H5 fixture against ORT running its ONNX twin.
/// </summary>
[Collection(VerifyCollection.Name)]
public sealed class FixtureOrtAgreementTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [InlineData("dense_keras.onnx", null, null)]
    [InlineData("conv1d_keras.onnx", null, null)]
    [InlineData("conv2d_pytorch.onnx", null, null)]
    [InlineData("dense_keras.json", "dense_keras_weights.h5", "dense_keras.onnx")]
    [InlineData("conv1d_keras.json", "conv1d_keras_weights.h5", "conv1d_keras.onnx")]
    public void OrtOutputsMatchFloatInterpreter(string model, string? weights, string? onnxTwin)
    {
        var compiled = Compile(model, weights);
        var graph = compiled.Graph;
        var samples = SampleSet.Random(200, graph.Inputs[0].Shape.Size, seed: 3);
        var onnx = onnxTwin is null ? compiled : Compile(onnxTwin, null);

        var ort = new OnnxFloatReference(onnx.ModelPath, onnx.Graph).Run(samples, []);
        var independent = new FloatInterpreter().Run(graph, samples.Flatten(), samples.Count);

        Assert.Equal(graph.Outputs.Count, ort.Outputs.Count);
        for (var k = 0; k < graph.Outputs.Count; k++)
        {
            Assert.Equal(independent.Outputs[k].Length, ort.Outputs[k].Length);
            var worst = independent.Outputs[k].Zip(ort.Outputs[k], (a, b) => Math.Abs(a - b)).Max();
            output.WriteLine($"{model} output {k}: ORT vs FloatInterpreter max abs difference {worst:G6}");
            // Measured (200 samples, seed 3): conv2d_pytorch 5.56e-7, dense_keras 2.78e-7, conv1d_keras 1.44e-7
            // (float32 rounding in ORT); bound: largest + 20 %.
            Assert.True(worst <= 6.7e-7, $"{model} output {k}: ORT and FloatInterpreter differ by {worst}");
            Assert.Contains(ort.Outputs[k], v => v is > 0.01 and < 0.99); // softmax outputs that are not saturated
        }
    }

    private static HlsDesign Compile(string model, string? weights) =>
        new ModelCompiler(Serilog.Core.Logger.None).Compile(new CompileRequest(
            RepoPaths.Fixture(model), weights is null ? null : RepoPaths.Fixture(weights), null, new ConfigOverrides()));
}
