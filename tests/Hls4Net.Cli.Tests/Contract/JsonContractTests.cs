using System.Text.Json;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Contract;

/// <summary>
/// Every command's --json output, on success and on error, validates against its checked-in schema; keys are camelCase
/// and nothing is HTML-escaped. (csim's successful output is validated in <see cref="CsimCompareTests"/>, which runs g++.)
/// </summary>
public sealed class JsonContractTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private static readonly string Tiny = RepoPaths.Sample("tiny_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-json-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, string[], int> Runs() => new()
    {
        { "convert", ["convert", Jet, "--input", RepoPaths.Sample("jet_mlp_input.csv"), "-o", "{dir}/prj"], 0 },
        { "convert", ["convert", "{dir}/missing.onnx", "-o", "{dir}/prj2"], 1 },
        { "convert", ["convert", Jet, "--reuse-factor", "abc"], 2 },
        { "inspect", ["inspect", Tiny], 0 },
        { "inspect", ["inspect"], 2 },
        { "emulate", ["emulate", Jet, "--input", RepoPaths.Sample("jet_mlp_input.csv")], 0 },
        { "emulate", ["emulate", Jet, "--input", "{dir}/nan.csv"], 1 },
        { "verify", ["verify", Tiny, "--samples", "20", "--float-reference", "emulator", "--trace", "all", "--trace-dir", "{dir}/trace"], 0 },
        { "verify", ["verify", Tiny, "--samples", "20", "--float-reference", "emulator", "--tolerance", "0"], 3 },
        { "verify", ["verify", Tiny, "--samples", "0"], 2 },
        { "bench", ["bench", Tiny, "--samples", "20", "--batch", "10", "--repeat", "1"], 0 },
        { "bench", ["bench", Tiny, "--repeat", "0"], 2 },
        { "csim", ["csim", "{dir}/no-such-project"], 1 },
        { "csim", ["csim"], 2 },
        { "estimate", ["estimate", Jet], 0 },
        { "estimate", ["estimate", Jet, "--max-dsp", "1"], 7 },
        { "estimate", ["estimate", Jet, "--max-ff", "x"], 2 },
        { "build", ["build", "{dir}/no-such-project"], 1 },
        { "build", ["build"], 2 },
        { "report", ["report", "{dir}/no-such-project"], 1 },
    };

    [Theory]
    [MemberData(nameof(Runs))]
    public void JsonOutputMatchesTheCommandsSchema(string command, string[] args, int exitCode)
    {
        File.WriteAllText(Path.Combine(_dir, "nan.csv"), string.Join(",", Enumerable.Repeat("NaN", 16)) + "\n");
        var run = CliRun.Of([.. args.Select(a => a.Replace("{dir}", _dir, StringComparison.Ordinal)), "--json"]);
        Assert.True(run.Code == exitCode, run.ToString());
        CommandSchemas.AssertValid(command, run.Out);
        using var doc = JsonDocument.Parse(run.Out);
        AssertCamelCase(doc.RootElement, "$");
        if (exitCode is 1 or 2)
        {
            Assert.Equal(exitCode, doc.RootElement.GetProperty("exitCode").GetInt32());
            Assert.Equal(Assert.Single(run.ErrorLines()), "error: " + doc.RootElement.GetProperty("error").GetString());
        }
    }

    [Fact]
    public void AngleBracketsAreNotEscaped()
    {
        var run = CliRun.Of("inspect", Tiny, "--json");
        Assert.Contains("\"result\":\"ap_fixed<16,6>\"", run.Out);
        Assert.DoesNotContain("\\u003C", run.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TheSchemasRejectWhatTheOldOutputLookedLike()
    {
        // csim --json used to print its bit-exact report with PascalCase keys; an error used to leave stdout empty.
        const string pascal = """{"samples":1,"outputs":[[0.5]],"log":"l","apTypes":"a","bitExact":{"Samples":1,"BitExactSamples":1,"MismatchedValues":0,"FirstMismatch":null,"AllBitExact":true}}""";
        Assert.NotNull(CommandSchemas.Problems("csim", pascal));
        Assert.Null(CommandSchemas.Problems("csim", pascal.Replace("{\"Samples\":1,\"BitExactSamples\":1,\"MismatchedValues\":0,\"FirstMismatch\":null,\"AllBitExact\":true}",
            "{\"samples\":1,\"bitExactSamples\":1,\"mismatchedValues\":0,\"firstMismatch\":null,\"allBitExact\":true}", StringComparison.Ordinal)));
        Assert.NotNull(CommandSchemas.Problems("convert", """{"error":"x"}"""));
        Assert.NotNull(CommandSchemas.Problems("verify", """{"error":"x","exitCode":0}"""));
        Assert.Null(CommandSchemas.Problems("verify", """{"error":"x","exitCode":6}"""));
    }

    [Fact]
    public void EveryCommandHasASchema()
    {
        foreach (var command in CommandNames.All) Assert.True(File.Exists(Path.Combine(CommandSchemas.Folder, $"{command}.schema.json")), command);
    }

    private static void AssertCamelCase(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                Assert.True(char.IsLower(p.Name[0]), $"{path}.{p.Name} is not camelCase");
                AssertCamelCase(p.Value, $"{path}.{p.Name}");
            }
        }
        else if (e.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in e.EnumerateArray()) AssertCamelCase(item, $"{path}[{i++}]");
        }
    }
}
