using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Messages;

/// <summary>Usage errors exit 2 with one line naming the option or argument at fault (and JSON on stdout with --json).</summary>
public sealed class UsageErrorTests
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");

    [Theory]
    [InlineData("convert", "--reuse-factor", "abc", "--reuse-factor: 'abc' is not a whole number (see 'hls4net convert --help')")]
    [InlineData("inspect", "--reuse-factor", "1.5", "--reuse-factor: '1.5' is not a whole number (see 'hls4net inspect --help')")]
    [InlineData("inspect", "--clock-period", "fast", "--clock-period: 'fast' is not a finite number (see 'hls4net inspect --help')")]
    [InlineData("verify", "--tolerance", "NaN", "--tolerance: 'NaN' is not a finite number (see 'hls4net verify --help')")]
    [InlineData("verify", "--seed", "x", "--seed: 'x' is not a whole number (see 'hls4net verify --help')")]
    [InlineData("bench", "--samples", "many", "--samples: 'many' is not a whole number (see 'hls4net bench --help')")]
    public void ABadNumberIsOneLineNamingTheOption(string command, string option, string value, string expected)
    {
        var run = CliRun.Of(command, Jet, option, value);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.Equal($"error: {expected}", Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void AValueOutsideTheAllowedSetIsOneLine()
    {
        var run = CliRun.Of("verify", Jet, "--tolerance-on", "foo");
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Equal("error: --tolerance-on: Argument 'foo' not recognized. Must be one of: 'max-abs' 'argmax' (see 'hls4net verify --help')",
            Assert.Single(run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("convert")]
    [InlineData("inspect")]
    [InlineData("emulate", "--input", "x.csv")]
    [InlineData("verify")]
    [InlineData("bench")]
    public void AMissingModelArgumentExits2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.StartsWith("error: no model given: pass a model file", Assert.Single(run.ErrorLines()));
    }

    [Theory]
    [InlineData("--precision", "ap_fixed<abc>", "--precision: ")]
    [InlineData("--strategy", "Fastest", "--strategy: unknown strategy 'Fastest'")]
    [InlineData("--io-type", "io_serial", "--io-type: unknown IO type 'io_serial'")]
    [InlineData("--reuse-factor", "0", "--reuse-factor: 0 must be at least 1")]
    [InlineData("--clock-period", "-5", "--clock-period: -5 must be a positive number of ns")]
    [InlineData("--project-name", "9 bad name", "--project-name: ")]
    public void ABadOverrideValueExits2NamingTheOption(string option, string value, string start)
    {
        var run = CliRun.Of("inspect", Jet, option, value);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.StartsWith($"error: {start}", Assert.Single(run.ErrorLines()));
    }

    [Fact]
    public void InvalidOptionCombinationsOfVerifyExit2()
    {
        Assert.Equal(ExitCodes.Usage, CliRun.Of("verify", Jet, "--keep-project", "k").Code);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("verify", Jet, "--tolerance", "-1").Code);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("verify", Jet, "--samples", "0").Code);
        Assert.Equal(ExitCodes.Usage, CliRun.Of("verify", Jet, "--samples", "3", "--input", "x.csv").Code);
    }

    [Fact]
    public void AnUnknownOptionExits2WithOneLine()
    {
        var run = CliRun.Of("inspect", Jet, "--frobnicate");
        Assert.Equal(ExitCodes.Usage, run.Code);
        Assert.Contains("--frobnicate", Assert.Single(run.ErrorLines()));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void WithJsonAUsageErrorIsAlsoAJsonObjectOnStdout()
    {
        var run = CliRun.Of("inspect", Jet, "--reuse-factor", "abc", "--json");
        Assert.Equal(ExitCodes.Usage, run.Code);
        var json = run.Json();
        Assert.Equal("--reuse-factor: 'abc' is not a whole number (see 'hls4net inspect --help')", json.GetProperty("error").GetString());
        Assert.Equal(ExitCodes.Usage, json.GetProperty("exitCode").GetInt32());
    }
}
