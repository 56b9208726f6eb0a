using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Messages;

/// <summary>Errors name the file, layer or option at fault.</summary>
public sealed class BlameTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-blame-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ACommandLineReuseFactorIsBlamedOnTheOption()
    {
        // jet_mlp's first layer is Dense 16->32: 7 divides neither n_in*n_out nor is a valid reuse factor.
        var run = CliRun.Of("inspect", RepoPaths.Sample("jet_mlp.onnx"), "--reuse-factor", "7");
        Assert.Equal(ExitCodes.Error, run.Code);
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("ReuseFactor 7 from --reuse-factor is not valid", error);
        Assert.DoesNotContain("HLSConfig.Model", error);
    }

    [Fact]
    public void AConfigFileReuseFactorIsStillBlamedOnTheConfigSection()
    {
        var yaml = Path.Combine(_dir, "c.yml");
        File.WriteAllText(yaml, "HLSConfig:\n  Model:\n    ReuseFactor: 7\n");
        var run = CliRun.Of("inspect", RepoPaths.Sample("jet_mlp.onnx"), "-c", yaml);
        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Contains("ReuseFactor 7 from HLSConfig.Model is not valid", Assert.Single(run.ErrorLines()));
    }

    [SharedModelFact]
    public void KerasWeightsOfAnotherModelNameTheWeightsFile()
    {
        // KERAS_3layer declares fc1 with 64 units; the 16x100x...x5 model's weights file has a layer of the same name with 100.
        var run = CliRun.Of("inspect", RepoPaths.KerasModel("KERAS_3layer.json"), "--weights", RepoPaths.KerasModel("KERAS_dense_16x100x100x100x100x100x5_weights.h5"));
        Assert.True(run.Code == ExitCodes.Error, run.ToString());
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("kernel has shape 16x100 but the layer declares units=64", error);
        Assert.Contains("with weights 'KERAS_dense_16x100x100x100x100x100x5_weights.h5'", error);
    }

    [SharedModelFact]
    public void KerasWeightsWithAnotherInputWidthNameTheWeightsFile()
    {
        var run = CliRun.Of("inspect", RepoPaths.KerasModel("KERAS_3layer.json"), "--weights", RepoPaths.KerasModel("KERAS_conv1d_small_weights.h5"));
        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Contains("with weights 'KERAS_conv1d_small_weights.h5'", Assert.Single(run.ErrorLines()));
    }

    [Theory]
    [InlineData("emulate")]
    [InlineData("verify")]
    [InlineData("convert")]
    public void NaNAndInfinityInputsAreRefusedByEveryCommandWithOneMessage(string command)
    {
        foreach (var bad in new[] { "NaN", "inf", "-Infinity" })
        {
            var csv = Path.Combine(_dir, "bad.csv");
            File.WriteAllText(csv, string.Join(",", Enumerable.Repeat("0.25", 16)) + "\n" + string.Join(",", Enumerable.Repeat("0.25", 15)) + $",{bad}\n");
            string[] args = command switch
            {
                "emulate" => ["emulate", RepoPaths.Sample("jet_mlp.onnx"), "--input", csv],
                "verify" => ["verify", RepoPaths.Sample("jet_mlp.onnx"), "--input", csv, "--float-reference", "emulator"],
                _ => ["convert", RepoPaths.Sample("jet_mlp.onnx"), "--input", csv, "-o", Path.Combine(_dir, "prj")],
            };
            var run = CliRun.Of(args);
            Assert.True(run.Code == ExitCodes.Error, run.ToString());
            Assert.Equal($"error: bad.csv sample 2, column 16 (line 2): '{bad}' is not a finite number (inputs must be finite numbers; NaN and ±inf are refused)",
                Assert.Single(run.ErrorLines()));
            Assert.Equal("", run.Out);
            Assert.False(Directory.Exists(Path.Combine(_dir, "prj")));
        }
    }

    [Fact]
    public void AnExtraColumnNamesTheSampleFromOne()
    {
        var csv = Path.Combine(_dir, "wide.csv");
        File.WriteAllText(csv, string.Join(",", Enumerable.Repeat("0.25", 17)) + "\n");
        var run = CliRun.Of("emulate", RepoPaths.Sample("jet_mlp.onnx"), "--input", csv);
        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.StartsWith("error: wide.csv: sample 1 has 17 values but model input", Assert.Single(run.ErrorLines()));
    }
}
