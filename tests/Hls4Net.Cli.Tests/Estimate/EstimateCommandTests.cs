using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Estimate;

/// <summary>
/// <c>hls4net estimate</c> as a CI gate: exit 0 when the design fits the part and every --max-* budget, exit 7
/// (ExitCodes.OverBudget) when it does not, exit 2 for a malformed budget; its --json matches estimate.schema.json.
/// </summary>
public sealed class EstimateCommandTests
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");

    [Fact]
    public void FitsWithoutBudgetsOnADefaultPart()
    {
        var run = CliRun.Of("estimate", Jet);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("Verdict: fits", run.Out);
        Assert.Contains("Total:", run.Out);
    }

    [Fact]
    public void ADspBudgetOfOneIsOverBudgetWithExit7()
    {
        var run = CliRun.Of("estimate", Jet, "--max-dsp", "1", "--json");
        Assert.True(run.Code == ExitCodes.OverBudget, run.ToString());
        Assert.Equal(7, ExitCodes.OverBudget);
        CommandSchemas.AssertValid("estimate", run.Out);
        var json = run.Json();
        Assert.False(json.GetProperty("fits").GetBoolean());
        var dsp = json.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("resource").GetString() == "DSP");
        Assert.False(dsp.GetProperty("within").GetBoolean());
        Assert.Equal(1, dsp.GetProperty("limit").GetDouble());
    }

    [Fact]
    public void ALatencyBudgetInCyclesBelowTheEstimateIsOverBudget()
    {
        var ok = CliRun.Of("estimate", Jet, "--json");
        var cycles = ok.Json().GetProperty("latencyCycles").GetInt64();
        var over = CliRun.Of("estimate", Jet, "--max-latency", $"{cycles - 1}cycles");
        var within = CliRun.Of("estimate", Jet, "--max-latency", $"{cycles}cycles", "--max-dsp", "100%");
        Assert.True(over.Code == ExitCodes.OverBudget, over.ToString());
        Assert.True(within.Code == ExitCodes.Ok, within.ToString());
    }

    [Fact]
    public void APercentageBudgetIsAShareOfThePart()
    {
        // xc7a35t has 90 DSP slices (DS180); 10% of it is 9, below the jet MLP's multipliers.
        var run = CliRun.Of("estimate", Jet, "--fpga", "xc7a35t", "--max-dsp", "10%", "--json");
        Assert.True(run.Code == ExitCodes.OverBudget, run.ToString());
        var dsp = run.Json().GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("resource").GetString() == "DSP");
        Assert.Equal(9, dsp.GetProperty("limit").GetDouble(), 6);
    }

    [Theory]
    [InlineData("--max-dsp", "lots")]
    [InlineData("--max-lut", "-5")]
    [InlineData("--max-latency", "fast")]
    public void AMalformedBudgetIsAUsageError(string option, string value)
    {
        var run = CliRun.Of("estimate", Jet, option, value);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.StartsWith($"error: {option}: '{value}'", Assert.Single(run.ErrorLines()));
    }

    public static TheoryData<string> Models()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.GetFiles(Path.Combine(RepoPaths.RepoRoot, "samples"), "*.onnx")) data.Add(f);
        return data;
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void EstimatesEverySampleModel(string model)
    {
        var run = CliRun.Of("estimate", model, "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("estimate", run.Out);
        Assert.True(run.Json().GetProperty("total").GetProperty("lut").GetInt64() > 0, run.Out);
    }

    [SharedModelFact]
    public void EstimatesEverySharedModelInBothIoTypes()
    {
        var keras = RepoPaths.SharedModels("keras");
        var models = Directory.GetFiles(RepoPaths.SharedModels("onnx"), "*.onnx").Select(m => new[] { m })
            .Concat(Directory.GetFiles(keras, "*.json").Select(j => new[] { j, "--weights", WeightsOf(j, keras) }))
            .ToList();
        Assert.NotEmpty(models);
        foreach (var args in models)
        {
            foreach (var io in new[] { "io_parallel", "io_stream" })
            {
                var run = CliRun.Of(["estimate", .. args, "--io-type", io, "--fpga", "xcvu13p", "--json"]);
                Assert.True(run.Code is ExitCodes.Ok or ExitCodes.OverBudget, $"{string.Join(' ', args)} {io}: {run}");
                CommandSchemas.AssertValid("estimate", run.Out);
            }
        }
    }

    private static string WeightsOf(string json, string folder)
    {
        var stem = Path.GetFileNameWithoutExtension(json);
        var exact = Path.Combine(folder, stem + "_weights.h5");
        return File.Exists(exact) ? exact : Directory.GetFiles(folder, stem + "*.h5").First();
    }
}
