using Hls4Net.Core.Config;
using Hls4Net.TestSupport;
using Hls4Net.Verification;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// ONNX Runtime (the float reference of verify) against an independent float computation: the emulator's
/// FloatInterpreter, a separate implementation walking our imported graph in double precision.
/// </summary>
[Collection(VerifyCollection.Name)]
public sealed class OnnxRuntimeAgreementTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [SharedModelTheory]
    [InlineData("three_layer_keras")]
    [InlineData("two_layer_keras")]
    [InlineData("two_layer_pytorch")] // batch fixed to 789444 in the file: exercises OnnxBatchDimension
    [InlineData("dense_big_keras")]
    [InlineData("conv1d_small_keras")] // Conv1D/pooling: the float convolution and pooling kernels
    [InlineData("conv2d_small_keras")]
    public void OrtOutputsMatchFloatInterpreter(string name)
    {
        var compiled = new ModelCompiler(Serilog.Core.Logger.None).Compile(new CompileRequest(RepoPaths.OnnxModel(name), null, null, new ConfigOverrides()));
        // Measured (200 samples, seed 3): three_layer 3.60e-7, conv2d_small 2.90e-7, two_layer_keras 2.28e-7,
        // conv1d_small 5.76e-8, two_layer_pytorch 3.95e-8, dense_big 1.41e-8 (float32 rounding in ORT); bound: largest + 20 %.
        // Not trivially equal: some output is not 0.
        OrtFloatAgreement.Check(output, name, compiled, compiled, bound: 4.3e-7, informative: v => v != 0);
    }

    [SharedModelFact]
    public void BatchNormModelThatOrtRejectsGivesOneClearErrorAndTheEmulatorFallbackWorks()
    {
        // three_layer_bn_keras.onnx (old keras2onnx, opset 7) transposes [1,64] to [64,1] before BatchNormalization,
        // which ONNX Runtime rejects; our importer handles it. verify must say so and offer the emulator's float mode.
        var ort = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_bn_keras"), "--samples", "20");
        Assert.Equal(ExitCodes.Error, ort.Code);
        var error = Assert.Single(ort.ErrorLines());
        Assert.Contains("--float-reference emulator", error);

        var emulator = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_bn_keras"), "--samples", "20", "--float-reference", "emulator", "--json");
        Assert.True(emulator.Code == ExitCodes.Ok, emulator.ToString());
        Assert.Contains("emulator float mode", emulator.Json().GetProperty("floatReference").GetString());
    }
}
