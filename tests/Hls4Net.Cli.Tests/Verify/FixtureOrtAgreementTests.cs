using Hls4Net.Core.Config;
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
        var onnx = onnxTwin is null ? compiled : Compile(onnxTwin, null);
        // Measured (200 samples, seed 3): conv2d_pytorch 5.56e-7, dense_keras 2.78e-7, conv1d_keras 1.44e-7
        // (float32 rounding in ORT); bound: largest + 20 %. Softmax outputs that are not saturated.
        OrtFloatAgreement.Check(output, model, compiled, onnx, bound: 6.7e-7, informative: v => v is > 0.01 and < 0.99);
    }

    private static HlsDesign Compile(string model, string? weights) =>
        new ModelCompiler(Serilog.Core.Logger.None).Compile(new CompileRequest(
            RepoPaths.Fixture(model), weights is null ? null : RepoPaths.Fixture(weights), null, new ConfigOverrides()));
}
