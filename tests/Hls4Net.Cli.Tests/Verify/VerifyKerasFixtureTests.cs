using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// The committed Keras / QKeras fixtures (tests/fixtures/keras) through <c>verify --csim</c>: each converts and its g++
/// C simulation is bit-exact with the emulator on every fixture sample (one g++ build per fixture).
/// </summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyKerasFixtureTests
{
    public static TheoryData<string> Fixtures => new()
    {
        "qkeras3_mlp.keras", "qkeras3_quantizers.keras", "qkeras3_conv.keras", "keras2_nested.h5", "keras3_nested.keras", "keras2_shared.h5",
        "keras3_shared.keras", "qkeras3_separable1d.keras",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void FixtureCSimulatesBitExact(string file)
    {
        var dir = Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "keras");
        var inputs = Path.Combine(dir, Path.GetFileNameWithoutExtension(file) + ".input.csv");
        var samples = File.ReadAllLines(inputs).Count(l => l.Trim().Length > 0);

        var run = CliRun.Of("verify", Path.Combine(dir, file), "--input", inputs, "--csim", "--json");

        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var json = run.Json();
        Assert.Equal(samples, json.GetProperty("samples").GetInt32());
        Assert.Equal(samples, json.GetProperty("csim").GetProperty("bitExactSamples").GetInt32());
    }

    /// <summary>
    /// alpha='auto_po2' (ApplyAlpha), quantized_relu with negative_slope (input clamp), quantized_tanh and quantized_sigmoid at
    /// their default precisions compute exactly what the QKeras model computes: the emulator equals the float reference.
    /// </summary>
    [Fact]
    public void QuantizerFixtureFirmwareEqualsTheQKerasModel()
    {
        var dir = Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "keras");
        // Exact semantics: every quantizer's type applies, so the firmware is the quantized Keras model itself.
        var run = CliRun.Of("verify", Path.Combine(dir, "qkeras3_quantizers.keras"), "--input", Path.Combine(dir, "qkeras3_quantizers.input.csv"), "--semantics", "exact", "--json");

        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Equal(0.0, run.Json().GetProperty("outputs")[0].GetProperty("maxAbsError").GetDouble());
    }

    /// <summary>
    /// Issue 10: the float reference used to ignore the quantizers, so the quantized_relu(3,1) of qkeras_mnist_dense reached
    /// about 21 in float where the model caps at 1.75; argmax agreement was 0.18. Applying QKeras' semantics, the
    /// emulator agrees with the quantized model.
    /// </summary>
    [SharedModelFact]
    public void QKerasMnistDenseAgreesWithTheQuantizedModel()
    {
        var json = RepoPaths.KerasModel("qkeras_mnist_dense.json");
        var weights = RepoPaths.KerasModel("qkeras_mnist_dense_weights.h5");

        var run = CliRun.Of("verify", json, "--weights", weights, "--samples", "300", "--tolerance-on", "argmax", "--tolerance", "0.98", "--semantics", "exact", "--json");

        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var output = run.Json().GetProperty("outputs")[0];
        Assert.True(output.GetProperty("argmaxAgreement").GetDouble() >= 0.98, run.Out);
        Assert.True(output.GetProperty("maxAbsError").GetDouble() < 0.25, run.Out);
    }

    [SharedModelFact]
    public void QKerasMnistDenseTraceShowsTheQuantizedFloatReference()
    {
        var json = RepoPaths.KerasModel("qkeras_mnist_dense.json");
        var weights = RepoPaths.KerasModel("qkeras_mnist_dense_weights.h5");
        var traceDir = Directory.CreateTempSubdirectory("h8-trace-");
        try
        {
            var run = CliRun.Of("verify", json, "--weights", weights, "--samples", "50", "--trace", "q_activation_3", "--trace-dir", traceDir.FullName, "--semantics", "exact", "--json");
            Assert.True(run.Code == ExitCodes.Ok, run.ToString());
            // The trace CSV has columns sample,index,emulator,float.
            var values = Directory.GetFiles(traceDir.FullName, "*.csv").SelectMany(File.ReadAllLines).Skip(1)
                .Select(l => double.Parse(l.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.NotEmpty(values);
            Assert.True(values.Max() <= 1.75, $"float reference reaches {values.Max()} at quantized_relu(3,1)");
        }
        finally
        {
            traceDir.Delete(recursive: true);
        }
    }
}
