using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Optimize;

/// <summary>
/// <c>hls4net optimize reuse</c>: a budget the jet tagger can meet exits 0 and its YAML converts unchanged; one it cannot
/// exits 7 (ExitCodes.OverBudget) naming the dominant layer; --json matches optimize.schema.json; bad budgets are usage errors.
/// </summary>
public sealed class OptimizeReuseCommandTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-reuse-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void AMetBudgetExits0AndTheYamlConverts()
    {
        var yaml = Path.Combine(_dir, "tuned.yml");
        var run = CliRun.Of("optimize", "reuse", Jet, "--budget", "dsp<=1%", "--budget", "lut<=20%", "-o", yaml);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("PASS: within budget, lowest latency", run.Out);
        Assert.Contains("valid reuse factors", run.Out);
        var convert = CliRun.Of("convert", "-c", yaml, "-o", Path.Combine(_dir, "prj"));
        Assert.True(convert.Code == ExitCodes.Ok, convert.ToString());
        Assert.DoesNotContain("[WRN]", convert.Err);
        var estimate = CliRun.Of("estimate", "-c", yaml, "--max-dsp", "1%", "--max-lut", "20%");
        Assert.True(estimate.Code == ExitCodes.Ok, estimate.ToString()); // the estimate command agrees: within budget
    }

    [Fact]
    public void AnImpossibleBudgetExits7WithTheClosestDesignAsJson()
    {
        var run = CliRun.Of("optimize", "reuse", Jet, "--budget", "dsp<=0", "--minimize", "resources", "--json");
        Assert.True(run.Code == ExitCodes.OverBudget, run.ToString());
        CommandSchemas.AssertValid("optimize", run.Out);
        var json = run.Json();
        Assert.False(json.GetProperty("fits").GetBoolean());
        Assert.Contains("dominated by", json.GetProperty("dominant")[0].GetString());
    }

    [Theory]
    [InlineData("--budget", "dsp=3")]
    [InlineData("--budget", "watts<=3")]
    [InlineData("--minimize", "power")]
    public void ABadOptionIsAUsageError(string option, string value)
    {
        var run = CliRun.Of("optimize", "reuse", Jet, option, value, "--json");
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        CommandSchemas.AssertValid("optimize", run.Out);
    }
}
