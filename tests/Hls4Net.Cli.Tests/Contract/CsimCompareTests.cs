using System.Globalization;
using System.Text.RegularExpressions;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Contract;

/// <summary>
/// csim --compare on a real project (g++, two builds): bit-exact gives exit 0 and schema-valid camelCase JSON; the same
/// project with every entry of its final sigmoid table raised by one LSB (table and result types both have 10
/// fractional bits, so every output moves by exactly one LSB) gives exit 4 naming the first difference; without g++
/// on PATH, exit 6. In the verify collection: it changes PATH and runs g++, so it must not overlap those tests.
/// </summary>
[Collection(VerifyCollection.Name)]
public sealed partial class CsimCompareTests : IDisposable
{
    private const int Samples = 6;
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-csim-compare-").FullName;
    private readonly string _project;

    public CsimCompareTests()
    {
        var csv = Path.Combine(_dir, "in.csv");
        var rng = new Random(5);
        File.WriteAllLines(csv, Enumerable.Range(0, Samples).Select(_ =>
            string.Join(",", Enumerable.Range(0, 8).Select(_ => (rng.NextDouble() * 4 - 2).ToString("R", CultureInfo.InvariantCulture)))));
        _project = Path.Combine(_dir, "prj");
        var convert = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "--input", csv, "-o", _project);
        Assert.True(convert.Code == 0, convert.ToString());
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void BitExactThenOneLsbOffInEveryOutput()
    {
        var exact = CliRun.Of("csim", _project, "--compare", "--json");
        Assert.True(exact.Code == ExitCodes.Ok, exact.ToString());
        CommandSchemas.AssertValid("csim", exact.Out);
        var bitExact = exact.Json().GetProperty("bitExact");
        Assert.True(bitExact.GetProperty("allBitExact").GetBoolean());
        Assert.Equal(Samples, bitExact.GetProperty("bitExactSamples").GetInt32());

        var table = Path.Combine(_project, "firmware", "weights", "dense_1_Sigmoid_table.h");
        var text = File.ReadAllText(table);
        Assert.Contains("ap_fixed<18,8>", text); // 10 fractional bits, like the ap_fixed<16,6> result
        var body = text.IndexOf('{');
        var raised = text[..body] + Literal().Replace(text[body..], m =>
            (double.Parse(m.Value, CultureInfo.InvariantCulture) + 1.0 / 1024).ToString("R", CultureInfo.InvariantCulture));
        File.WriteAllText(table, raised);
        // C simulation reads the table from its text file (docs/vitis-backend.md, "Weights in C simulation"): raise it there too.
        var values = Path.ChangeExtension(table, ".txt");
        File.WriteAllText(values, Literal().Replace(File.ReadAllText(values), m =>
            (double.Parse(m.Value, CultureInfo.InvariantCulture) + 1.0 / 1024).ToString("R", CultureInfo.InvariantCulture)));

        var off = CliRun.Of("csim", _project, "--compare");
        Assert.True(off.Code == ExitCodes.NotBitExact, off.ToString());
        var line = off.Out.Trim();
        Assert.Matches($@"^NOT bit-exact: 0/{Samples} samples agree; first difference: sample 1, output column 1: emulator (\S+) \(raw -?\d+, ap_fixed<16,6>\), C simulation (\S+)$", line);
        var m = Regex.Match(line, @"emulator (\S+) .* C simulation (\S+)$");
        var emulator = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var csim = double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.Equal(1.0 / 1024, csim - emulator);

        var json = CliRun.Of("csim", _project, "--compare", "--json");
        Assert.Equal(ExitCodes.NotBitExact, json.Code);
        CommandSchemas.AssertValid("csim", json.Out);
        Assert.False(json.Json().GetProperty("bitExact").GetProperty("allBitExact").GetBoolean());
        Assert.Equal(Samples * 3, json.Json().GetProperty("bitExact").GetProperty("mismatchedValues").GetInt64());
    }

    [Fact]
    public void WithoutACompilerOnPathCsimExits6()
    {
        var before = Environment.GetEnvironmentVariable("PATH");
        CliRun run;
        try
        {
            Environment.SetEnvironmentVariable("PATH", _dir);
            run = CliRun.Of("csim", _project, "--json");
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", before);
        }
        Assert.True(run.Code == ExitCodes.MissingDependency, run.ToString());
        Assert.StartsWith("error: g++ not found on PATH", Assert.Single(run.ErrorLines()));
        CommandSchemas.AssertValid("csim", run.Out);
        Assert.Equal(ExitCodes.MissingDependency, run.Json().GetProperty("exitCode").GetInt32());
    }

    [GeneratedRegex(@"-?\d+\.\d+(?:[eE][-+]?\d+)?")]
    private static partial Regex Literal();
}
