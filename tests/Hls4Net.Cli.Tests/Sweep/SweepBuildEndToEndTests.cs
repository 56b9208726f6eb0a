using System.Xml.Linq;
using Hls4Net.Cli.Tests.Build;
using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Sweep;

/// <summary>
/// The whole scale-out flow on this machine with the real <c>hls4net build</c>: <c>sweep --synth --emit local</c> writes a
/// project per point and runs each job's command line (<c>hls4net build points/&lt;id&gt; --synth --vsynth --json</c>)
/// against the stub Vitis installation (<see cref="VitisStub"/>), then <c>sweep collect</c> merges the records the
/// builds wrote. The expected figures are read from the stub's csynth.xml fixture with XDocument here.
/// </summary>
public sealed class SweepBuildEndToEndTests : IDisposable
{
    private static readonly string Jet = RepoPaths.Sample("jet_mlp.onnx");
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-sweep-e2e-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [LinuxFact]
    public void LocalEmitBuildsEveryPointWithTheStubVitisAndCollectMergesTheReports()
    {
        var summary = XDocument.Load(Path.Combine(VitisStub.Fixtures, "csynth.xml")).Descendants("AreaEstimates").Single().Element("Resources")!;
        var dsp = int.Parse(summary.Element("DSP")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        var worst = int.Parse(XDocument.Load(Path.Combine(VitisStub.Fixtures, "csynth.xml")).Descendants("Worst-caseLatency").First().Value,
            System.Globalization.CultureInfo.InvariantCulture);

        using var stub = new VitisStub();
        var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
        var hls4net = $"{host} {Path.Combine(AppContext.BaseDirectory, "hls4net.dll")}";
        var output = Path.Combine(_dir, "sweep");
        var run = CliProcess.Run(CliProcess.Environment(stub.Bin), "sweep", Jet, "--precision", "ap_fixed<12,4>;ap_fixed<16,6>", "--samples", "20",
            "-o", output, "--synth", "--emit", "local", "--hls4net", hls4net, "--json");
        Assert.True(run.Code == ExitCodes.Ok, run.ToString());
        CommandSchemas.AssertValid("sweep", run.Out);
        var points = run.Json().GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, points.Count);
        Assert.All(points, pt => Assert.Equal(("ok", dsp, worst),
            (pt.GetProperty("synthStatus").GetString(), pt.GetProperty("synthDsp").GetInt32(), pt.GetProperty("synthLatencyCycles").GetInt32())));
        foreach (var id in new[] { "p01", "p02" })
        {
            var record = Path.Combine(output, "points", id, "hls4net_build.json");
            Assert.True(File.Exists(record), $"{record} was not written by hls4net build");
            Assert.True(File.Exists(Path.Combine(output, "points", id, "hls4net_build.log")));
        }

        var collect = CliRun.Of("sweep", "collect", output);
        Assert.True(collect.Code == ExitCodes.Ok, collect.ToString());
        Assert.Contains("collected: 2 built, 0 missing, 0 failed", collect.Out);
        Assert.Contains(dsp.ToString(System.Globalization.CultureInfo.InvariantCulture), File.ReadAllText(Path.Combine(output, "results.csv")));
    }
}
