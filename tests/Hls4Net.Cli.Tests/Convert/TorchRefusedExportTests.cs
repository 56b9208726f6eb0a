using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>
/// Real torch.onnx.export models (tests/fixtures/torch_refused, tools/torch_fixtures/make_refused_fixtures.py) that
/// Hls4Net cannot compile: `hls4net convert` exits 1 with one error line naming the op and the node torch wrote, and
/// leaves no project behind. The node names are torch's (read from the .onnx files), not the importer's.
/// </summary>
public sealed class TorchRefusedExportTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-refused-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Theory]
    [InlineData("gelu", "'Erf'", "/Erf")]
    [InlineData("where_select", "'Greater'", "/Greater")]
    [InlineData("log_softmax", "'LogSoftmax'", "/LogSoftmax")]
    [InlineData("conv_transpose", "'ConvTranspose'", "/up/ConvTranspose")]
    [InlineData("bilinear_upsample", "Resize", "/Resize")]
    [InlineData("reduce_sum", "'ReduceSum'", "/ReduceSum")]
    [InlineData("div_by_tensor", "Div", "/Div")]
    [InlineData("flatten_batch", "'Reshape'", "/Reshape")]
    [InlineData("reflect_pad", "'Pad'", "/c/Pad")]
    [InlineData("pad_value", "Pad", "/Pad")]
    [InlineData("dilated_max_pool", "'MaxPool'", "/MaxPool")]
    [InlineData("celu", "'Celu'", "/Celu")]
    [InlineData("strided_slice", "'Slice'", "/Slice")]
    [InlineData("gru_ones_initial_state", "ConstantOfShape", "/ConstantOfShape")]
    public void ConvertIsOneErrorLineNamingTheOpAndTheNode(string fixture, string op, string node)
    {
        var output = Path.Combine(_dir.FullName, "prj");
        var run = CliRun.Of("convert", RepoPaths.Fixture(Path.Combine("torch_refused", fixture + ".onnx")), "-o", output);
        Assert.Equal(1, run.Code);
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains(op, error);
        Assert.Contains($"(node '{node}')", error);
        Assert.Contains($"'{fixture}.onnx'", error);
        Assert.DoesNotContain("   at ", run.Err);
        Assert.False(Directory.Exists(output), "no project folder may be left behind");
    }
}
