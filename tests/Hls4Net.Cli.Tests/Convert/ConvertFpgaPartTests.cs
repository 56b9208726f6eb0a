using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>Issue 9: <c>--fpga</c> takes every full part name Vitis HLS takes, and the common ones by alias.</summary>
public sealed class ConvertFpgaPartTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-fpga-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Out => Path.Combine(_dir.FullName, "prj");

    [Fact]
    public void Alveo_u280_full_part_converts_without_warnings()
    {
        var run = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", Out, "--fpga", "xcu280-fsvh2892-2L-e");
        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("set part \"xcu280-fsvh2892-2L-e\"", File.ReadAllText(Path.Combine(Out, "project.tcl")));
        Assert.DoesNotContain("WRN", run.Err);
    }

    [Fact]
    public void Unknown_full_part_passes_through_with_one_warning()
    {
        var run = CliRun.Of("convert", RepoPaths.Sample("tiny_mlp.onnx"), "-o", Out, "--fpga", "xcau25p-ffvb676-2-e");
        Assert.True(run.Code == 0, run.ToString());
        Assert.Contains("set part \"xcau25p-ffvb676-2-e\"", File.ReadAllText(Path.Combine(Out, "project.tcl")));
        Assert.Contains("--fpga: part 'xcau25p-ffvb676-2-e' is not in Hls4Net's device list", run.Err);
    }
}
