using System.Text.Json;
using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Inspect;

/// <summary>
/// <c>hls4net inspect</c> names the active semantics and, per layer, the semantics-dependent rule that applied: batch
/// norm fused or kept, ONNX bias folded or a bias layer, products stored in accum_t (issue 11). tiny_mlp.onnx is
/// MatMul + Add + BatchNormalization + Tanh + MatMul + Add + Sigmoid, with no configuration (built-in types).
/// </summary>
public sealed class InspectSemanticsTests : IDisposable
{
    private static readonly string Tiny = RepoPaths.Sample("tiny_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void UnderHls4mlTheBiasIsALayerAndTheBatchNormIsKept()
    {
        var run = CliRun.Of("inspect", Tiny, "--semantics", "hls4ml");

        Assert.True(run.Code == 0, run.ToString());
        Assert.StartsWith("semantics: hls4ml\n", run.Out.Replace("\r\n", "\n"));
        Assert.Contains("  dense/MatMul: products stored in accum_t\n", run.Out);
        Assert.Contains("  dense/BiasAdd: bias layer after 'dense/MatMul' (Dense result type set by built-in default)\n", run.Out);
        Assert.Contains("  batch_normalization/FusedBatchNormV3: batch norm kept after 'dense/BiasAdd' (Dense result type set by built-in default)\n", run.Out);
        Assert.Contains("8 layers, 246 parameters", run.Out);
    }

    [Fact]
    public void UnderExactBothFoldIntoTheDense()
    {
        var run = CliRun.Of("inspect", Tiny, "--semantics", "exact");

        Assert.True(run.Code == 0, run.ToString());
        Assert.StartsWith("semantics: exact\n", run.Out.Replace("\r\n", "\n"));
        Assert.Contains("  dense/MatMul: bias of 'dense/BiasAdd' folded; batch norm 'batch_normalization/FusedBatchNormV3' fused\n", run.Out);
        Assert.DoesNotContain("accum_t", run.Out);
        Assert.Contains("5 layers, 195 parameters", run.Out);
    }

    [Fact]
    public void AnAutoResultFusesUnderHls4mlAndALayerWithItsOwnSemanticsIsNamed()
    {
        var yaml = Path.Combine(_dir, "c.yml");
        File.WriteAllText(yaml, """
            Semantics: hls4ml
            HLSConfig:
              Model:
                Precision: ap_fixed<16,6>
              LayerName:
                dense/MatMul:
                  Precision:
                    result: auto
                dense_1/MatMul:
                  Semantics: exact
            """);

        var run = CliRun.Of("inspect", Tiny, "-c", yaml);

        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("  dense/MatMul: bias of 'dense/BiasAdd' folded (result auto); batch norm 'batch_normalization/FusedBatchNormV3' fused (result auto); products stored in accum_t\n", run.Out);
        Assert.Contains("  dense_1/MatMul: exact semantics; bias of 'dense_1/BiasAdd' folded\n", run.Out);
    }

    [Fact]
    public void JsonRowsCarryTheSemanticsAndTheRules()
    {
        var run = CliRun.Of("inspect", Tiny, "--semantics", "hls4ml", "--json");

        Assert.True(run.Code == 0, run.ToString());
        CommandSchemas.AssertValid("inspect", run.Out);
        using var doc = JsonDocument.Parse(run.Out);
        var rows = doc.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("layer").GetString()!);
        Assert.Equal("hls4ml", rows["input_1"].GetProperty("semantics").GetString());
        Assert.Equal(0, rows["input_1"].GetProperty("rules").GetArrayLength());
        var bias = rows["dense/BiasAdd"];
        Assert.Equal("BiasAdd", bias.GetProperty("op").GetString());
        Assert.Equal("hls4ml", bias.GetProperty("semantics").GetString());
        Assert.Equal(["bias layer after 'dense/MatMul' (Dense result type set by built-in default)"],
            bias.GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["products stored in accum_t"], rows["dense_1/MatMul"].GetProperty("rules").EnumerateArray().Select(e => e.GetString()));
    }
}
