using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Optimize;

/// <summary>
/// <c>hls4net optimize precision</c>: the tuned YAML is accepted by <c>convert -c</c> unchanged; an impossible target
/// exits 8 (ExitCodes.TargetMissed) and says by how much it misses; a malformed target is a usage error; --json
/// matches optimize.schema.json.
/// </summary>
public sealed class OptimizeCommandTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-optimize-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void TheTunedYamlKeepsTheSemanticsAndConvertsWithConvertDashCUnchanged()
    {
        var yaml = Path.Combine(_dir, "tuned.yml");
        var run = CliRun.Of("optimize", "precision", Jet, "--samples", "200", "--target", "argmax>=0.99", "--semantics", "hls4ml", "-o", yaml);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("PASS: target argmax>=0.99 met", run.Out);
        Assert.Contains("overflows (validation)", run.Out);
        var text = File.ReadAllText(yaml);
        Assert.Contains("LayerName:", text);
        Assert.Contains("Semantics: hls4ml", text); // the user's semantics is kept

        var convert = CliRun.Of("convert", "-c", yaml, "-o", Path.Combine(_dir, "prj"));
        Assert.True(convert.Code == ExitCodes.Ok, convert.ToString());
        Assert.DoesNotContain("[WRN]", convert.Err);
        Assert.Equal(text, File.ReadAllText(yaml)); // read, never rewritten
        Assert.True(File.Exists(Path.Combine(_dir, "prj", "firmware", "myproject.cpp")));
    }

    [Fact]
    public void AnImpossibleTargetExits8AndSaysByHowMuch()
    {
        var run = CliRun.Of("optimize", "precision", Jet, "--samples", "50", "--target", "max-abs<=1e-12", "--json");
        Assert.True(run.Code == ExitCodes.TargetMissed, run.ToString());
        Assert.Equal(8, ExitCodes.TargetMissed);
        CommandSchemas.AssertValid("optimize", run.Out);
        var json = run.Json();
        Assert.Equal("Unreachable", json.GetProperty("outcome").GetString());
        Assert.True(json.GetProperty("shortfall").GetDouble() > 0);
        Assert.Contains("missing", json.GetProperty("summary").GetString());
    }

    [Theory]
    [InlineData("--target", "accuracy>=0.9")]
    [InlineData("--cost", "watts")]
    [InlineData("--margin", "1")]
    public void ABadOptionIsAUsageError(string option, string value)
    {
        var run = CliRun.Of("optimize", "precision", Jet, "--samples", "10", option, value);
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
    }
}
