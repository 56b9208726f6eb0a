using System.Globalization;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>
/// A default precision wider than 64 bits (ap_fixed&lt;100,6&gt;, accepted by the parser) goes through convert, emulate and
/// verify --csim (one g++ build; the wide output is printed exactly by the testbench and compared exactly). In the verify
/// collection because it runs g++.
/// </summary>
[Collection(VerifyCollection.Name)]
public sealed class WidePrecisionCliTests : IDisposable
{
    private const string Wide = "ap_fixed<100,6>";
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-wide-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ConvertAndEmulateTinyMlpAtApFixed100_6()
    {
        var project = Path.Combine(_dir, "prj");
        var convert = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "--precision", Wide, "-o", project);
        Assert.True(convert.Code == 0, convert.ToString());
        Assert.Contains($"typedef {Wide} dense_MatMul_weight_t;", File.ReadAllText(Path.Combine(project, "firmware", "defines.h")));
        Assert.Contains("hls4net_print_exact", File.ReadAllText(Path.Combine(project, "myproject_test.cpp")));

        var csv = Path.Combine(_dir, "in.csv");
        File.WriteAllLines(csv, ["0.5,-1.25,2,0.1,0,-0.3,1.7,-2.2", "1,1,1,1,-1,-1,-1,-1"]);
        var emulate = CliRun.Of("emulate", RepoPaths.Sample("tiny_mlp.onnx"), "--precision", Wide, "-i", csv);
        Assert.True(emulate.Code == 0, emulate.ToString());
        var rows = emulate.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, rows.Length);
        foreach (var row in rows)
        {
            var values = row.Split(',').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
            Assert.Equal(3, values.Length);
            Assert.All(values, v => Assert.InRange(v, 0.0, 1.0)); // sigmoid outputs
        }
    }

    [Fact]
    public void VerifyCsimIsBitExactAtApFixed100_6()
    {
        var verify = CliRun.Of("verify", RepoPaths.Sample("tiny_mlp.onnx"), "--precision", Wide, "--csim", "--samples", "20",
            "--float-reference", "emulator", "--keep-project", Path.Combine(_dir, "v"));
        Assert.True(verify.Code == 0, verify.ToString());
        Assert.Contains("20/20 samples bit-exact", verify.Out);
        var log = File.ReadAllLines(Path.Combine(_dir, "v", "tb_data", "csim_results.log"));
        Assert.Equal(20, log.Length);
        Assert.All(log, l => Assert.All(l.Split(' '), v => Assert.Matches("^-?0x[0-9a-f]+p-94$", v)));
    }
}
