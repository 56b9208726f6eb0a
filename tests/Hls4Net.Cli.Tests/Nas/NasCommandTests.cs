using System.Xml.Linq;
using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Nas;

/// <summary>
/// <c>hls4net nas</c> from the command line: the jet-tagger space at 100 ns and 200 MHz on xcvu9p prints the feasible,
/// ranked candidates and writes every file; --json against nas.schema.json; the exit codes (2 usage, 1 bad space file,
/// 7 nothing fits); the folder rule.
/// </summary>
[StartsFirst(4)]
public sealed class NasCommandTests : IDisposable
{
    private static readonly string JetSpace = Path.Combine(RepoPaths.RepoRoot, "samples", "nas", "jet_space.yml");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-nas-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string TinySpace()
    {
        var path = Path.Combine(_dir, "tiny.yml");
        File.WriteAllText(path, """
            name: tiny
            model: mlp
            input: [16]
            outputs: 5
            output_activation: softmax
            dense: {depth: [1, 2], widths: [8, 32]}
            hardware:
              precisions: ["ap_fixed<16,6>", "ap_fixed<8,3>"]
              reuse_factors: [1, 4]
            """);
        return path;
    }

    [Fact]
    public void TheJetSpaceAt100NsPrintsTheRankedFeasibleCandidatesAndWritesEveryFile()
    {
        var output = Path.Combine(_dir, "jet");
        var run = CliRun.Of("nas", "--space", JetSpace, "--fpga", "xcvu9p", "--max-latency", "100ns", "--clock-period", "5", "--max-dsp", "20%", "--max-lut", "5%", "--top", "3", "-o", output);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("considered: 340 (all)", run.Out);
        Assert.Matches(@"dropped: [1-9][0-9]* \(LUT: [1-9][0-9]*\)", run.Out); // 5% of the LUTs drops the widest networks
        Assert.Contains("budgets: latency <= 100 ns, DSP <= 20%, LUT <= 5%", run.Out);
        Assert.Matches(@"\n1 +d[0-9-]+-relu +ap_fixed<", run.Out); // the ranked table's first row
        Assert.Contains("340/340 points", run.Err);
        foreach (var file in new[] { "results.csv", "results.json", "pareto.svg" }) Assert.True(File.Exists(Path.Combine(output, file)), file);
        XDocument.Load(Path.Combine(output, "pareto.svg"));
        var top = Directory.GetDirectories(Path.Combine(output, "top")).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(3, top.Count);
        Assert.StartsWith("01_d", top[0]);
        Assert.All(top, t => Assert.True(File.Exists(Path.Combine(output, "top", t!, "model.onnx")) && File.Exists(Path.Combine(output, "top", t!, "hls4ml_config.yml"))));

        // the exported pair converts: hls4net estimate reads the YAML (which names model.onnx) and agrees on the verdict
        var estimate = CliRun.Of("estimate", "-c", Path.Combine(output, "top", top[0]!, "hls4ml_config.yml"), "--max-latency", "100ns", "--max-dsp", "20%", "--max-lut", "5%");
        Assert.True(estimate.Code == ExitCodes.Ok, estimate.ToString());
    }

    [Fact]
    public void TheJsonMatchesTheSchemaAndTheRunIsDeterministic()
    {
        var output = Path.Combine(_dir, "tiny");
        string[] args = ["nas", "--space", TinySpace(), "--max-latency", "40", "--max-dsp", "150", "--top", "2", "--seed", "5", "-o", output, "--json"];
        var run = CliRun.Of(args);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("nas", run.Out);
        var json = run.Json();
        Assert.Equal(4 + 2, json.GetProperty("considered").GetInt32());
        Assert.Equal(2, json.GetProperty("top").GetArrayLength());

        var again = CliRun.Of(args);
        Assert.True(again.Code == ExitCodes.Usage, again.ToString()); // a search is there: --force needed
        var forced = CliRun.Of([.. args, "--force"]);
        Assert.True(forced.Code == ExitCodes.Ok, forced.ToString());
        Assert.Equal(run.Out, forced.Out);
    }

    [Fact]
    public void NothingWithinTheBudgetsIsExit7WithTheResultsWritten()
    {
        var output = Path.Combine(_dir, "none");
        var run = CliRun.Of("nas", "--space", TinySpace(), "--max-latency", "1ns", "-o", output, "--json");
        Assert.True(run.Code == ExitCodes.OverBudget, run.ToString());
        CommandSchemas.AssertValid("nas", run.Out);
        Assert.Equal(6, run.Json().GetProperty("dropReasons").GetProperty("latency").GetInt32());
        Assert.True(File.Exists(Path.Combine(output, "results.csv")));
    }

    [Theory]
    [InlineData("--proxy", "zen", "--proxy: 'zen' is not a proxy")]
    [InlineData("--max-dsp", "lots", "--max-dsp: 'lots' is not a count or a percentage")]
    [InlineData("--max-latency", "soon", "--max-latency: 'soon' is not a latency")]
    [InlineData("--top", "-1", "--top must be at least 0")]
    public void ABadOptionIsAUsageErrorNamingIt(string option, string value, string message)
    {
        var run = CliRun.Of("nas", "--space", TinySpace(), option, value, "-o", Path.Combine(_dir, "x"), "--json");
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        CommandSchemas.AssertValid("nas", run.Out);
        Assert.Contains(message, run.Out);
        Assert.False(Directory.Exists(Path.Combine(_dir, "x")));
    }

    [Fact]
    public void ABadSpaceFileIsExit1NamingTheFileAndLine()
    {
        var space = Path.Combine(_dir, "bad.yml");
        File.WriteAllText(space, "model: mlp\ninput: [16]\noutputs: 5\ndense: {depth: [1, 2], widths: [8, 0]}\nhardware: {precisions: [\"ap_fixed<16,6>\"]}\n");
        var run = CliRun.Of("nas", "--space", space, "-o", Path.Combine(_dir, "y"));
        Assert.True(run.Code == ExitCodes.Error, run.ToString());
        Assert.Contains("error: bad.yml:4: dense.widths: 0 must be at least 1", run.Err);
    }

    [Fact]
    public void ASearchNeverWritesIntoAFolderThatIsNotASearch()
    {
        var mine = Path.Combine(_dir, "mine");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "mine");
        var run = CliRun.Of("nas", "--space", TinySpace(), "-o", mine, "--force");
        Assert.True(run.Code == ExitCodes.Usage, run.ToString());
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(mine).Select(Path.GetFileName));
    }
}
