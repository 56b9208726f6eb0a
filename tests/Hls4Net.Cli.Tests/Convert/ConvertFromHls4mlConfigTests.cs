using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Convert;

/// <summary>An hls4ml-style configuration file names the model itself: convert needs no model argument.</summary>
public sealed class ConvertFromHls4mlConfigTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("hls4net-cfg-");

    public void Dispose() => _dir.Delete(recursive: true);

    [SharedModelFact]
    public void Hls4mlKerasConfigConvertsWithoutAModelArgument()
    {
        var output = Path.Combine(_dir.FullName, "jet_prj");
        var config = Path.Combine(_dir.FullName, "keras-config.yml");
        // Written the way hls4ml writes its own config files (XilinxPart is hls4ml's older spelling of Part).
        File.WriteAllText(config, $"""
            KerasJson: {RepoPaths.KerasModel("KERAS_3layer.json")}
            KerasH5: {RepoPaths.KerasModel("KERAS_3layer_weights.h5")}
            OutputDir: {output}
            ProjectName: jettagger
            XilinxPart: xcku115-flvb2104-2-i
            ClockPeriod: 5
            IOType: io_parallel
            HLSConfig:
              Model:
                Precision: ap_fixed<16,6>
                ReuseFactor: 1
                Strategy: Latency
              LayerName:
                fc1_relu:
                  ReuseFactor: 4
            """);

        var run = CliRun.Of("convert", "-c", config);

        Assert.True(run.Code == 0, run.ToString());
        Assert.True(File.Exists(Path.Combine(output, "firmware", "jettagger.cpp")));
        var parameters = File.ReadAllText(Path.Combine(output, "firmware", "parameters.h"));
        Assert.Contains("static const unsigned reuse_factor = 4;", parameters);
        Assert.Contains("xcku115-flvb2104-2-i", File.ReadAllText(Path.Combine(output, "project.tcl")));
    }

    [Fact]
    public void MalformedYamlIsOneErrorLine()
    {
        var config = Path.Combine(_dir.FullName, "bad.yml");
        File.WriteAllText(config, "HLSConfig:\n  Model: [unclosed\n");
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "-c", config, "-o", Path.Combine(_dir.FullName, "prj"));
        Assert.NotEqual(0, run.Code);
        var error = Assert.Single(run.ErrorLines());
        Assert.Contains("bad.yml", error);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "prj")));
    }
}
