using System.Globalization;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Verify;

/// <summary>--trace writes emulator vs float values per layer; Keras models use the emulator's float mode.</summary>
[Collection(VerifyCollection.Name)]
public sealed class VerifyTraceTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-verify-trace-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SharedModelFact]
    public void TraceAllWritesOneCsvPerLayerWhoseErrorsMatchTheFiles()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("three_layer_keras"), "--samples", "20", "--trace", "all", "--trace-dir", _dir, "--semantics", "exact", "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        var traces = run.Json().GetProperty("trace").EnumerateArray().ToList();
        Assert.Equal(8, traces.Count);
        foreach (var t in traces)
        {
            var file = t.GetProperty("file").GetString()!;
            var rows = File.ReadAllLines(file);
            Assert.Equal("sample,index,emulator,float", rows[0]);
            var worst = rows.Skip(1).Select(r => r.Split(',')).Max(c => Math.Abs(double.Parse(c[2], CultureInfo.InvariantCulture) - double.Parse(c[3], CultureInfo.InvariantCulture)));
            Assert.Equal(worst, t.GetProperty("maxAbsError").GetDouble(), 12);
        }
        // The last traced layer is the graph output: its float column is the ORT output, so its error is the output's.
        Assert.Equal(run.Json().GetProperty("outputs")[0].GetProperty("maxAbsError").GetDouble(), traces[^1].GetProperty("maxAbsError").GetDouble(), 12);
    }

    [SharedModelFact]
    public void UnknownTraceLayerIsAnError()
    {
        var run = CliRun.Of("verify", RepoPaths.OnnxModel("two_layer_keras"), "--samples", "5", "--trace", "nope", "--trace-dir", _dir);
        Assert.Equal(ExitCodes.Error, run.Code);
        Assert.Contains("'nope'", Assert.Single(run.ErrorLines()));
    }

    [SharedModelFact]
    public void KerasModelUsesTheEmulatorFloatModeAndSaysSo()
    {
        var run = CliRun.Of("verify", RepoPaths.KerasModel("KERAS_3layer.json"), "--weights", RepoPaths.KerasModel("KERAS_3layer_weights.h5"), "--samples", "50");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        Assert.Contains("float reference: emulator float mode", run.Out);
    }
}
