using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>The CI gate: --tolerance in both modes and --csim bit-exactness, with the documented exit codes.</summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyGateTests
{
    private static readonly string Model = RepoPaths.OnnxModel("three_layer_keras");

    [SharedModelFact]
    public void TinyToleranceFailsWithExitCode3()
    {
        var run = CliRun.Of("verify", Model, "--samples", "200", "--tolerance", "1e-9");
        Assert.True(run.Code == ExitCodes.ToleranceExceeded, run.ToString());
        Assert.StartsWith("FAIL: max abs error", run.Out.TrimEnd().Split('\n')[^1]);
    }

    [SharedModelFact]
    public void GenerousToleranceAtWidePrecisionPasses()
    {
        // Exact semantics: hls4ml's stable softmax alone is ~0.4 off at any precision (docs/softmax.md).
        var run = CliRun.Of("verify", Model, "--samples", "200", "--precision", "ap_fixed<24,12>", "--tolerance", "0.05", "--semantics", "exact", "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var verdict = run.Json().GetProperty("verdict");
        Assert.True(verdict.GetProperty("pass").GetBoolean());
        Assert.Equal(0, verdict.GetProperty("exitCode").GetInt32());
        Assert.StartsWith("PASS: max abs error", verdict.GetProperty("line").GetString());
    }

    [SharedModelFact]
    public void ArgmaxModeGatesOnAgreement()
    {
        var impossible = CliRun.Of("verify", Model, "--samples", "200", "--tolerance-on", "argmax", "--tolerance", "1.01");
        Assert.True(impossible.Code == ExitCodes.ToleranceExceeded, impossible.ToString());
        Assert.StartsWith("FAIL: argmax agreement", impossible.Out.TrimEnd().Split('\n')[^1]);

        var lenient = CliRun.Of("verify", Model, "--samples", "200", "--tolerance-on", "argmax", "--tolerance", "0.5");
        Assert.True(lenient.Code == ExitCodes.Ok, lenient.ToString());
    }

    [SharedModelFact]
    public void ArgmaxModeOnASingleValueOutputIsAnError()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--samples", "10", "--tolerance-on", "argmax", "--tolerance", "0.9");
        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Contains("classifier", Assert.Single(run.ErrorLines()));
    }

    [SharedModelFact]
    public void CsimOnASmallModelIsBitExact()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--samples", "200", "--csim", "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var json = run.Json();
        Assert.Equal(200, json.GetProperty("csim").GetProperty("bitExactSamples").GetInt32());
        Assert.Equal(200, json.GetProperty("outputs")[0].GetProperty("bitExactSamples").GetInt32());
        Assert.EndsWith("200/200 samples bit-exact", json.GetProperty("verdict").GetProperty("line").GetString());
    }

    [SharedModelFact]
    public void CsimWithToleranceFailureReportsBothParts()
    {
        var keep = Path.Combine(Path.GetTempPath(), "hls4net-verify-test-" + Guid.NewGuid().ToString("N"));
        try
        {
            var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--samples", "50", "--csim", "--tolerance", "1e-9", "--keep-project", keep);
            Assert.True(run.Code == ExitCodes.ToleranceExceeded, run.ToString());
            Assert.Matches(@"^FAIL: max abs error \S+ > 1E-09, 50/50 samples bit-exact$", run.Out.TrimEnd().Split('\n')[^1]);
            Assert.True(File.Exists(Path.Combine(keep, "tb_data", "csim_results.log")), "--keep-project keeps the C simulation project");
        }
        finally
        {
            if (Directory.Exists(keep)) Directory.Delete(keep, recursive: true);
        }
    }
}
