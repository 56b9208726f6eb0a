using Hls4Net.Reference;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Bad input gives one "error:" line on stderr and a non-zero exit.</summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyBadInputTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-verify-bad-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SharedModelFact]
    public void MissingOnnxRuntimeNamesTheVariableAndExits6()
    {
        var before = Environment.GetEnvironmentVariable(OnnxRuntimeLocator.EnvironmentVariable);
        var missing = Path.Combine(_dir, "no-such-libonnxruntime.so");
        Environment.SetEnvironmentVariable(OnnxRuntimeLocator.EnvironmentVariable, missing);
        CliRun run;
        try
        {
            run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--samples", "5");
        }
        finally
        {
            Environment.SetEnvironmentVariable(OnnxRuntimeLocator.EnvironmentVariable, before);
        }
        Assert.True(run.Code == ExitCodes.MissingDependency, run.ToString());
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("HLS4NET_ONNXRUNTIME", error);
        Assert.Contains(missing, error);
    }

    [SharedModelFact]
    public void CsvWhoseWidthDoesNotMatchTheModelInput()
    {
        var csv = Path.Combine(_dir, "narrow.csv");
        File.WriteAllText(csv, "0.1,0.2,0.3\n0.4,0.5,0.6\n"); // two_layer_keras takes 10 values
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--input", csv);
        Assert.Equal(ExitCodes.Error, run.Code);
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("narrow.csv", error);
        Assert.Contains("10", error);
        Assert.Equal("", run.Out);
    }

    [SharedModelFact]
    public void CsvWithNonNumericCells()
    {
        var csv = Path.Combine(_dir, "words.csv");
        File.WriteAllText(csv, string.Join(",", Enumerable.Repeat("0.5", 9)) + ",abc\n");
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--input", csv);
        Assert.Equal(ExitCodes.Error, run.Code);
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("words.csv", error);
        Assert.Contains("abc", error);
    }

    [SharedModelFact]
    public void InputAndSamplesTogetherAreRejected()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--input", "x.csv", "--samples", "3");
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("--samples", Assert.Single(run.ErrorLines()));
    }
}
