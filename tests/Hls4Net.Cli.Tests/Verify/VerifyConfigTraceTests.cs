using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>Issue 9: hls4ml's <c>Trace: true</c> in a config makes <c>verify</c> trace those layers (before, it was read and dropped).</summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyConfigTraceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-verify-cfgtrace-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ConfigTraceSelectsTheTracedLayers()
    {
        var traceDir = Path.Combine(_dir, "trace");
        var config = Path.Combine(_dir, "c.yml");
        File.WriteAllText(config, "HLSConfig:\n  Model: {Trace: false}\n  LayerType:\n    Dense: {Trace: true}\n");
        var run = CliRun.Of("verify", RepoPaths.Sample("jet_mlp.onnx"), "-c", config, "--samples", "5", "--trace-dir", traceDir);
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var files = Directory.GetFiles(traceDir);
        Assert.NotEmpty(files);

        // Without Trace in the config nothing is traced.
        var plain = Path.Combine(_dir, "plain");
        File.WriteAllText(config, "HLSConfig:\n  Model: {Trace: false}\n");
        var run2 = CliRun.Of("verify", RepoPaths.Sample("jet_mlp.onnx"), "-c", config, "--samples", "5", "--trace-dir", plain);
        Assert.True(run2.Code == ExitCodes.Ok, run2.ToString());
        Assert.False(Directory.Exists(plain) && Directory.GetFiles(plain).Length > 0);
    }
}
