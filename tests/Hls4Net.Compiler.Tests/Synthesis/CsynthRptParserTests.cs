using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>The text C synthesis report (&lt;top&gt;_csynth.rpt), read when a project has no csynth.xml.</summary>
public sealed class CsynthRptParserTests
{
    private static readonly string Fixture = Path.Combine(VitisStub.Fixtures, "myproject_csynth.rpt");

    [Fact]
    public void ReadsTheSameFiguresAsTheXmlOfTheSameRun()
    {
        var rpt = new CsynthRptParser().Parse(Fixture);
        Assert.Equal(("2023.2", "xcvu9p-flgb2104-2-e", "myproject"), (rpt.Version, rpt.Part, rpt.TopModelName));
        Assert.Equal((5.0, 3.912), (rpt.TargetClockNs, rpt.EstimatedClockNs));
        Assert.Equal((11L, 12L, 55.0, 60.0, 1L, 1L), (rpt.LatencyBestCycles, rpt.LatencyWorstCycles, rpt.LatencyBestNs, rpt.LatencyWorstNs, rpt.IntervalMin, rpt.IntervalMax));
        Assert.Equal(new SynthesisResources { Bram18K = 4, Dsp = 947, Ff = 8721, Lut = 31206, Uram = 0 }, rpt.Used);
        Assert.Equal(new SynthesisResources { Bram18K = 4320, Dsp = 6840, Ff = 2364480, Lut = 1182240, Uram = 960 }, rpt.Available);
        Assert.Equal(new CsynthXmlParser().Parse(Path.Combine(VitisStub.Fixtures, "csynth.xml")), rpt);
    }

    [Fact]
    public void AMissingRowIsAnErrorNamingTheFileAndTheField()
    {
        var text = File.ReadAllText(Fixture).Replace("|Available        |", "|Disponible      |", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CsynthRptParser().ParseText(text, "myproject_csynth.rpt"));
        Assert.Equal("myproject_csynth.rpt: field Utilization Estimates/Summary/Available not found", e.Message);
    }

    [Fact]
    public void ADecimalCommaIsAnErrorNamingTheField()
    {
        var text = File.ReadAllText(Fixture).Replace("3.912 ns", "3,912 ns", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CsynthRptParser().ParseText(text, "r.rpt"));
        Assert.StartsWith("r.rpt: field Timing/Summary/Estimated: '3,912' has a decimal comma", e.Message);
    }

    [Fact]
    public void AnOlderVivadoHlsReportIsRefused()
    {
        var text = File.ReadAllText(Fixture).Replace("|  DSP |", "|DSP48E|", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CsynthRptParser().ParseText(text, "r.rpt"));
        Assert.StartsWith("r.rpt: field Utilization Estimates/DSP not found: this is an older Vivado HLS report (DSP48E)", e.Message);
    }

    [Fact]
    public void NoLatencySectionIsAnError()
    {
        var text = File.ReadAllText(Fixture).Replace("+ Latency:", "+ Latenz:", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CsynthRptParser().ParseText(text, "r.rpt"));
        Assert.Equal("r.rpt: field Latency/Summary not found", e.Message);
    }
}
