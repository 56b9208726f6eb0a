using Hls4Net.Synthesis;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>The small parts of a build: step options, the tool locator, the log watcher and the estimate's error.</summary>
public sealed class BuildPiecesTests
{
    [Fact]
    public void StepsBecomeTheOneArgumentHls4mlsBuildPrjTclReads()
    {
        Assert.Equal("reset=0 csim=1 synth=1 cosim=0 validation=0 export=0 vsynth=0 fifo_opt=0", BuildSteps.Default.TclArgument);
        var all = new BuildSteps(true, true, true, true, true, true, true);
        Assert.Equal("reset=0 csim=1 synth=1 cosim=1 validation=1 export=1 vsynth=1 fifo_opt=1", all.TclArgument);
        Assert.Equal(["csim", "synth", "cosim", "validation", "export", "vsynth", "fifo-opt"], all.Names);
    }

    [Fact]
    public void ImpossibleStepsAreUsageErrors()
    {
        var e = Assert.Throws<UsageException>(() => new BuildSteps(false, true, false, false, false, false, true).Validate());
        Assert.Contains("--fifo-opt", e.Message);
        Assert.Throws<UsageException>(() => new BuildSteps(false, false, false, false, false, false, false).Validate());
    }

    [Fact]
    public void TheLocatorPrefersXilinxHlsThenPath()
    {
        using var home = new TempTool();
        using var onPath = new TempTool();
        Assert.Equal(home.Tool, new VitisHlsLocator(v => v switch { "XILINX_HLS" => home.Dir, "PATH" => onPath.Bin, _ => null }).Locate());
        Assert.Equal(onPath.Tool, new VitisHlsLocator(v => v switch { "XILINX_HLS" => "/no/such/dir", "PATH" => "/usr/no:" + onPath.Bin, _ => null }).Locate());
        var e = Assert.Throws<VitisHlsNotFoundException>(() => new VitisHlsLocator(v => v == "PATH" ? "/usr/no" : null).Locate());
        Assert.Equal(Hls4NetErrorCategory.MissingDependency, e.Category);
        Assert.Contains("XILINX_HLS is not set and not on PATH", e.Message);
    }

    [Fact]
    public void TheWatcherFollowsTheStepBannersAndNotesTheFirstErrorAndAMismatch()
    {
        var w = new VitisLogWatcher();
        Assert.Null(w.Observe("INFO: [HLS 200-1510] Running: open_project myproject_prj"));
        Assert.Equal("C simulation (csim_design)", w.Observe("***** C SIMULATION *****"));
        Assert.Equal("csim", w.Step);
        Assert.Equal("C synthesis (csynth_design)", w.Observe("***** C/RTL SYNTHESIS *****"));
        w.Observe("ERROR: [HLS 214-124] use of undeclared identifier 'x'");
        w.Observe("ERROR: [HLS 200-1715] Encountered problem during source synthesis");
        Assert.Equal(("synth", "ERROR: [HLS 214-124] use of undeclared identifier 'x'"), (w.ErrorStep, w.FirstError));
        Assert.False(w.Mismatch);
        w.Observe("ERROR: [COSIM 212-4] *** C/RTL co-simulation finished: FAIL ***");
        Assert.True(w.Mismatch);
        var v = new VitisLogWatcher();
        v.Observe("ERROR: Test FAILED: C/RTL co-simulation results differ from the C simulation");
        Assert.True(v.Mismatch);
    }

    [Theory]
    [InlineData(900.0, 947.0, -5.0)] // (900 - 947) / 947 = -4.963 %
    [InlineData(25014.0, 31206.0, -19.8)] // -6192 / 31206 = -19.84 %
    [InlineData(4.0, 3.0, 33.3)]
    [InlineData(0.0, 0.0, 0.0)]
    public void TheErrorIsTheEstimateMinusTheReportOverTheReport(double estimate, double reported, double percent) =>
        Assert.Equal(percent, FigureComparison.Error(estimate, reported));

    [Fact]
    public void NoErrorWhenTheReportIsZeroOrAFigureIsMissing()
    {
        Assert.Null(FigureComparison.Error(2, 0));
        Assert.Null(FigureComparison.Error(null, 5));
        Assert.Null(FigureComparison.Error(5, null));
    }

    private sealed class TempTool : IDisposable
    {
        public TempTool()
        {
            Dir = Directory.CreateTempSubdirectory("hls4net-locator-").FullName;
            Bin = Path.Combine(Dir, "bin");
            Directory.CreateDirectory(Bin);
            Tool = Path.Combine(Bin, "vitis_hls");
            File.WriteAllText(Tool, "#!/bin/sh\n");
        }

        public string Dir { get; }

        public string Bin { get; }

        public string Tool { get; }

        public void Dispose() => Directory.Delete(Dir, recursive: true);
    }
}
