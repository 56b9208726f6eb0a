using Hls4Net.Core.Config;
using Hls4Net.Estimation;
using Hls4Net.Ops;
using Hls4Net.Synthesis;
using Hls4Net.TestSupport;
using Serilog.Core;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>
/// build and report on a real project written by Hls4Net, with the stub vitis_hls (tests/fixtures/vitis/stub) running
/// the project's own build_prj.tcl under tclsh and writing the fixture reports where Vitis writes them.
/// </summary>
public sealed class SynthesisBuilderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hls4net-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ToolFact("tclsh")]
    public void ABuildRunsTheStepsThroughBuildPrjTclAndRecordsTheReportsItWrote()
    {
        var project = Project();
        using var stub = new VitisStub();
        var record = Builder(stub).Build(project, new BuildSteps(true, true, true, true, false, true, false));

        Assert.Equal((BuildStatus.Ok, BuildCodes.Ok, (string?)null), (record.Status, record.ExitCode, record.Error));
        Assert.Equal(["csim", "synth", "cosim", "validation", "vsynth"], record.Steps);
        Assert.Equal(12, record.Csynth!.LatencyWorstCycles);
        Assert.Equal("Pass", record.Cosim!.Status);
        Assert.Equal(903, record.Vivado!.Used.Dsp);
        var log = File.ReadAllText(Path.Combine(project, record.Log!));
        Assert.Contains("build_prj.tcl \"reset=0 csim=1 synth=1 cosim=1 validation=1 export=0 vsynth=1 fifo_opt=0\"", log);
        Assert.Contains("Test PASSED", log); // build_prj.tcl's own validation compared the stub's C and RTL outputs
        Assert.Equal(record, BuildRecordStore.Read(Path.Combine(project, BuildRecord.FileName)) is { } read ? read with { Steps = record.Steps } : null);
    }

    [ToolFact("tclsh")]
    public void FailuresAreClassifiedAndStaleReportsAreNotRead()
    {
        var project = Project();
        using (var ok = new VitisStub()) Builder(ok).Build(project, new BuildSteps(true, true, true, false, false, false, false));
        using var synth = new VitisStub("synth");
        var failed = Builder(synth).Build(project, BuildSteps.Default);
        Assert.Equal((BuildStatus.SynthesisFailed, BuildCodes.SynthesisFailed), (failed.Status, failed.ExitCode));
        Assert.Contains("ERROR: [HLS 214-124]", failed.Error);
        Assert.Null(failed.Csynth); // the csynth.xml of the first build is not this build's

        using var mismatch = new VitisStub("cosim");
        var differ = Builder(mismatch).Build(project, new BuildSteps(true, true, true, true, false, false, false));
        Assert.Equal((BuildStatus.CosimMismatch, BuildCodes.CosimMismatch), (differ.Status, differ.ExitCode));
        Assert.Contains("Test FAILED", differ.Error);

        using var cosimFail = new VitisStub("cosim-fail");
        var fail = Builder(cosimFail).Build(project, new BuildSteps(false, true, true, false, false, false, false));
        Assert.Equal((BuildStatus.CosimMismatch, "Fail"), (fail.Status, fail.Cosim?.Status));

        using var csim = new VitisStub("csim");
        var csimFailed = Builder(csim).Build(project, BuildSteps.Default);
        Assert.Equal((BuildStatus.Failed, BuildCodes.Failed), (csimFailed.Status, csimFailed.ExitCode));
        Assert.StartsWith("C simulation failed (vitis_hls exit code 1", csimFailed.Error);
    }

    [Fact]
    public void AMissingToolIsRecordedWithTheMissingDependencyCode()
    {
        var project = Project();
        var record = new SynthesisBuilder(Logger.None, new VitisHlsLocator(_ => null)).Build(project, BuildSteps.Default);
        Assert.Equal((BuildStatus.ToolMissing, 6), (record.Status, record.ExitCode));
        Assert.Equal(BuildStatus.ToolMissing, BuildRecordStore.Read(Path.Combine(project, BuildRecord.FileName))!.Status);
    }

    [LinuxFact]
    public void AToolThatCannotBeStartedIsRecordedAsMissing()
    {
        var project = Project();
        var home = Path.Combine(_dir, "xilinx");
        Directory.CreateDirectory(Path.Combine(home, "bin"));
        File.WriteAllText(Path.Combine(home, "bin", "vitis_hls"), "not a program"); // not executable
        var record = new SynthesisBuilder(Logger.None, new VitisHlsLocator(v => v == "XILINX_HLS" ? home : null)).Build(project, BuildSteps.Default);
        Assert.Equal((BuildStatus.ToolMissing, 6), (record.Status, record.ExitCode));
        Assert.StartsWith($"cannot run {Path.Combine(home, "bin", "vitis_hls")}", record.Error);
    }

    [ToolFact("tclsh")]
    public void TheReportPutsTheProjectsOwnEstimateBesideTheReports()
    {
        var project = Project();
        using (var stub = new VitisStub()) Builder(stub).Build(project, new BuildSteps(false, true, true, false, false, true, false));
        var report = new SynthesisReporter(Logger.None).Read(project);

        var design = new ModelCompiler(Logger.None).Compile(new CompileRequest(RepoPaths.Sample("jet_mlp.onnx"), null, null, new ConfigOverrides { Part = "xcvu9p" }));
        var expected = new ResourceEstimator(StandardOps.Create().CostRules()).Estimate(design.Graph, design.Config, new FpgaPartCatalog());
        Assert.Equal(expected.Total.Dsp, report.Estimate!.Resources.Dsp);
        Assert.Equal(expected.LatencyCycles, report.Estimate.LatencyCycles);
        var dsp = report.Figures.Single(f => f.Figure == "DSP");
        Assert.Equal((947.0, 903.0), (dsp.Csynth, dsp.Vivado));
        Assert.Equal(FigureComparison.Error(expected.Total.Dsp, 947), dsp.CsynthErrorPct);
        var latency = report.Figures.Single(f => f is { Figure: "latency", Unit: "cycles" });
        Assert.Equal((12.0, 12.0), (latency.Csynth, latency.Cosim));
        Assert.Equal(BuildStatus.Ok, report.Build!.Status);
    }

    [ToolFact("tclsh")]
    public void WithoutCsynthXmlTheTextReportIsRead()
    {
        var project = Project();
        using (var stub = new VitisStub()) Builder(stub).Build(project, new BuildSteps(false, true, false, false, false, false, false));
        File.Delete(Path.Combine(project, "myproject_prj", "solution1", "syn", "report", "csynth.xml"));
        var report = new SynthesisReporter(Logger.None).Read(project);
        Assert.Equal((12L, 947L), (report.Csynth!.LatencyWorstCycles, report.Csynth.Used.Dsp));
        Assert.Null(report.Cosim);
    }

    [Fact]
    public void AProjectWithoutReportsIsAnErrorThatSaysWhatToRun()
    {
        var project = Project();
        var e = Assert.Throws<SynthesisException>(() => new SynthesisReporter(Logger.None).Read(project));
        Assert.Contains("myproject_prj/solution1/syn/report/csynth.xml", e.Message);
        Assert.Contains("run 'hls4net build", e.Message);
    }

    private static SynthesisBuilder Builder(VitisStub stub) =>
        new(Logger.None, new VitisHlsLocator(v => v == "XILINX_HLS" ? stub.Home : null));

    private string Project()
    {
        var design = new ModelCompiler(Logger.None).Compile(new CompileRequest(RepoPaths.Sample("jet_mlp.onnx"), null, null, new ConfigOverrides { Part = "xcvu9p" }));
        var dir = Path.Combine(_dir, $"prj{Directory.GetDirectories(_dir).Length}");
        return design.Write(dir, new WriteOptions { TestSamples = new Core.Data.SampleSetReader().Read(RepoPaths.Sample("jet_mlp_input.csv")) });
    }
}
