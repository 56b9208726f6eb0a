using System.Text.Json;
using Hls4Net.Cli.Tests.Contract;
using Hls4Net.Cli.Tests.Verify;
using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Cli.Tests.Build;

/// <summary>
/// hls4net build and report end to end: a project converted by the CLI, built by the stub vitis_hls (on PATH or in
/// $XILINX_HLS/bin) that runs the project's build_prj.tcl under tclsh and writes Vitis-format reports; exit codes
/// 0/6/9/10/1/2, --json against the schemas, progress lines on stderr, the log file and hls4net_build.json.
/// </summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-buildcli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ToolFact("tclsh")]
    public void ABuildOnPathPrintsTheRecordShowsTheStepsAndWritesTheLogAndTheRecord()
    {
        var project = Convert();
        using var stub = new VitisStub();
        var run = CliProcess.Run(CliProcess.Environment(stub.Bin), "build", project, "--csim", "--synth", "--cosim", "--validation", "--vsynth", "--json");

        Assert.True(run.Code == 0, run.ToString());
        CommandSchemas.AssertValid("build", run.Out);
        var json = run.Json();
        Assert.Equal("ok", json.GetProperty("status").GetString());
        Assert.Equal(947, json.GetProperty("csynth").GetProperty("used").GetProperty("dsp").GetInt32());
        foreach (var step in new[] { "C simulation (csim_design)", "C synthesis (csynth_design)", "C/RTL co-simulation (cosim_design)", "Vivado out-of-context synthesis" })
        {
            Assert.Contains($"[INF] Vitis HLS: {step}...", run.Err);
        }
        Assert.Empty(run.ErrorLines());
        Assert.Contains("INFO: [HLS 200-1510] Running: csynth_design", File.ReadAllText(Path.Combine(project, "hls4net_build.log")));
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(project, BuildRecord.FileName)));
        Assert.Equal(json.GetRawText(), JsonSerializer.Serialize(record.RootElement));
    }

    [ToolFact("tclsh")]
    public void WithoutStepsItRunsCsimAndSynthFromXilinxHls()
    {
        var project = Convert();
        using var stub = new VitisStub();
        var run = CliProcess.Run(CliProcess.Environment(null, stub.Home), "build", project);
        Assert.True(run.Code == 0, run.ToString());
        Assert.StartsWith("build ok: csim, synth in ", run.Out);
        Assert.Contains("C synthesis: latency 11-12 cycles (60 ns)", run.Out);
    }

    [Fact]
    public void AMissingVitisHlsIsExit6LikeEveryMissingDependency()
    {
        var project = Convert();
        var run = CliProcess.Run(CliProcess.Environment(null), "build", project, "--json");
        Assert.True(run.Code == ExitCodes.MissingDependency, run.ToString());
        Assert.Equal("error: vitis_hls not found: XILINX_HLS is not set and not on PATH (install Vitis HLS and source its settings64.sh, or add its bin folder to PATH)", Assert.Single(run.ErrorLines()));
        CommandSchemas.AssertValid("build", run.Out);
        Assert.Equal("tool-missing", run.Json().GetProperty("status").GetString());
    }

    [ToolFact("tclsh")]
    public void ASynthesisErrorIsExit9AndACosimMismatchExit10()
    {
        var project = Convert();
        using (var synth = new VitisStub("synth"))
        {
            var run = CliProcess.Run(CliProcess.Environment(synth.Bin), "build", project, "--synth", "--json");
            Assert.True(run.Code == ExitCodes.SynthesisFailed, run.ToString());
            CommandSchemas.AssertValid("build", run.Out);
            Assert.StartsWith("error: C synthesis failed (vitis_hls exit code 1; see hls4net_build.log): ERROR: [HLS 214-124]", Assert.Single(run.ErrorLines()));
        }
        using (var cosim = new VitisStub("cosim"))
        {
            var run = CliProcess.Run(CliProcess.Environment(cosim.Bin), "build", project, "--csim", "--synth", "--cosim", "--validation");
            Assert.True(run.Code == ExitCodes.CosimMismatch, run.ToString());
            Assert.Contains("Test FAILED", Assert.Single(run.ErrorLines()));
            Assert.StartsWith("build cosim-mismatch:", run.Out);
        }
    }

    [Fact]
    public void UsageAndBadProjectErrors()
    {
        var usage = CliRun.Of("build", _dir, "--synth", "--fifo-opt", "--json");
        Assert.True(usage.Code == ExitCodes.Usage, usage.ToString());
        CommandSchemas.AssertValid("build", usage.Out);
        Assert.Contains("--fifo-opt", Assert.Single(usage.ErrorLines()));

        var notProject = CliRun.Of("build", _dir);
        Assert.True(notProject.Code == ExitCodes.Error, notProject.ToString());
        Assert.Equal($"error: not a project folder: '{_dir}' has no build_prj.tcl (write one with hls4net convert)", Assert.Single(notProject.ErrorLines()));
    }

    [ToolFact("tclsh")]
    public void ReportShowsTheEstimateBesideSynthesisWithTheError()
    {
        var project = Convert();
        using (var stub = new VitisStub()) Assert.Equal(0, CliProcess.Run(CliProcess.Environment(stub.Bin), "build", project, "--synth", "--cosim", "--vsynth").Code);

        var text = CliRun.Of("report", project);
        Assert.True(text.Code == 0, text.ToString());
        var estimate = CliRun.Of("estimate", RepoPaths.Sample("jet_mlp.onnx"), "--fpga", "xcvu9p", "--json").Json().GetProperty("total").GetProperty("dsp").GetInt64();
        var error = Math.Round((estimate - 947.0) / 947 * 100, 1, MidpointRounding.AwayFromZero);
        Assert.Matches($@"\nDSP\s+{estimate}\s+947\s+{(error > 0 ? "\\+" : "")}{error:0.0}%\s+-\s+-\s+903\s", text.Out);
        Assert.Contains("Vivado synthesis: WNS -0.214 ns at 5 ns (timing NOT met)", text.Out);

        var json = CliRun.Of("report", project, "--json");
        Assert.True(json.Code == 0, json.ToString());
        CommandSchemas.AssertValid("report", json.Out);
        var dsp = json.Json().GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "DSP");
        Assert.Equal(error, dsp.GetProperty("csynthErrorPct").GetDouble());
    }

    [Fact]
    public void ReportWithoutReportsIsAnErrorSayingWhatToRun()
    {
        var project = Convert();
        var run = CliRun.Of("report", project, "--json");
        Assert.True(run.Code == ExitCodes.Error, run.ToString());
        CommandSchemas.AssertValid("report", run.Out);
        Assert.Contains("run 'hls4net build", Assert.Single(run.ErrorLines()));
    }

    [Fact]
    public void ReportNamesTheFileAndFieldOfAnUnreadableReport()
    {
        var project = Convert();
        var reports = Path.Combine(project, "myproject_prj", "solution1", "syn", "report");
        Directory.CreateDirectory(reports);
        File.Copy(Path.Combine(VitisStub.Fixtures, "csynth_vivado_hls_2019.xml"), Path.Combine(reports, "csynth.xml"));
        var run = CliRun.Of("report", project);
        Assert.True(run.Code == ExitCodes.Error, run.ToString());
        Assert.StartsWith($"error: {Path.Combine(reports, "csynth.xml")}: field AreaEstimates/Resources/DSP not found: this is an older Vivado HLS report (version 2019.2", Assert.Single(run.ErrorLines()));
    }

    private string Convert()
    {
        var dir = Path.Combine(_dir, $"prj{Directory.GetDirectories(_dir).Length}");
        var run = CliRun.Of("convert", RepoPaths.Sample("jet_mlp.onnx"), "--fpga", "xcvu9p", "--input", RepoPaths.Sample("jet_mlp_input.csv"), "-o", dir, "-q");
        Assert.True(run.Code == 0, run.ToString());
        return dir;
    }
}
