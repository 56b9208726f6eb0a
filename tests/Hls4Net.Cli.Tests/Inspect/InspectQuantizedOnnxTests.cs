using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Inspect;

/// <summary>
/// <c>hls4net inspect</c> names the quantizer (QONNX or QDQ op and node) behind each type a quantized ONNX model gave,
/// and stops naming it when the config overrides the type (issue 17).
/// </summary>
public sealed class InspectQuantizedOnnxTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.RepoRoot, "tests", "fixtures", "qonnx", name + ".onnx");

    [Fact]
    public void QonnxTypesNameTheirQuantizers()
    {
        var run = CliRun.Of("inspect", Fixture("qonnx_mlp_w4a8"));

        Assert.True(run.Code == 0, run.ToString());
        var text = run.Out.Replace("\r\n", "\n");
        Assert.Contains("  x_q: result type from QONNX Quant 'x_q'\n", text);
        Assert.Contains("  fc1: products stored in accum_t; weight type from QONNX Quant 'w1_q'; bias type from QONNX Quant 'b1_q'\n", text);
        Assert.Contains("  relu1: result type from QONNX Quant 'act1'\n", text);
        Assert.Contains("ap_ufixed<8,4,AP_RND_INF,AP_SAT>", text);
    }

    [Fact]
    public void QdqTypesNameTheirPairs()
    {
        var run = CliRun.Of("inspect", Fixture("qdq_mlp"), "--semantics", "exact");

        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("  relu1: result type from QDQ QuantizeLinear 'act1_int'\n", run.Out.Replace("\r\n", "\n"));
    }

    [Fact]
    public void AnOverriddenTypeIsNoLongerAttributedToTheQuantizer()
    {
        var dir = Directory.CreateTempSubdirectory("hls4net-inspect-q-").FullName;
        try
        {
            var config = Path.Combine(dir, "config.yml");
            File.WriteAllText(config, "HLSConfig:\n  LayerName:\n    relu1:\n      Precision:\n        result: ap_fixed<12,6>\n");
            var run = CliRun.Of("inspect", Fixture("qonnx_mlp_w4a8"), "-c", config);
            Assert.True(run.Code == 0, run.ToString());
            var text = run.Out.Replace("\r\n", "\n");
            Assert.DoesNotContain("relu1: result type from", text);
            Assert.Contains("  x_q: result type from QONNX Quant 'x_q'\n", text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
