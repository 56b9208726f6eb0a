using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>csynth.xml in Vitis HLS' layout (fixture written from the documented format), and the layouts it refuses.</summary>
public sealed class CsynthXmlParserTests
{
    private static readonly string Fixture = Path.Combine(VitisStub.Fixtures, "csynth.xml");
    private static string Text => File.ReadAllText(Fixture);

    [Fact]
    public void ReadsEveryFigureOfTheVitisLayout()
    {
        var c = new CsynthXmlParser().Parse(Fixture);
        Assert.Equal(("2023.2", "xcvu9p-flgb2104-2-e", "myproject"), (c.Version, c.Part, c.TopModelName));
        Assert.Equal((5.0, 3.912), (c.TargetClockNs, c.EstimatedClockNs));
        Assert.Equal((11L, 12L, 55.0, 60.0), (c.LatencyBestCycles, c.LatencyWorstCycles, c.LatencyBestNs, c.LatencyWorstNs));
        Assert.Equal((1L, 1L), (c.IntervalMin, c.IntervalMax));
        Assert.Equal(new SynthesisResources { Dsp = 947, Lut = 31206, Ff = 8721, Bram18K = 4, Uram = 0 }, c.Used);
        Assert.Equal(new SynthesisResources { Dsp = 6840, Lut = 1182240, Ff = 2364480, Bram18K = 4320, Uram = 960 }, c.Available);
    }

    [Fact]
    public void RealTimeLatencyIsConvertedToNanosecondsAndUndefIsNoFigure()
    {
        var text = Text.Replace("<Worst-caseRealTimeLatency>60.000 ns", "<Worst-caseRealTimeLatency>2.627 ms", StringComparison.Ordinal)
            .Replace("<Best-caseLatency>11</Best-caseLatency>", "<Best-caseLatency>undef</Best-caseLatency>", StringComparison.Ordinal);
        var c = new CsynthXmlParser().ParseText(text, "csynth.xml");
        Assert.Equal(2_627_000.0, c.LatencyWorstNs!.Value, 6);
        Assert.Null(c.LatencyBestCycles);
    }

    [Theory]
    [InlineData("<Worst-caseLatency>12</Worst-caseLatency>", "PerformanceEstimates/SummaryOfOverallLatency/Worst-caseLatency")]
    [InlineData("<EstimatedClockPeriod>3.912</EstimatedClockPeriod>", "PerformanceEstimates/SummaryOfTimingAnalysis/EstimatedClockPeriod")]
    [InlineData("<LUT>31206</LUT>", "AreaEstimates/Resources/LUT")]
    public void AMissingFieldIsAnErrorNamingTheFileAndTheField(string element, string field)
    {
        var e = Assert.Throws<SynthesisException>(() => new CsynthXmlParser().ParseText(Text.Replace(element, "", StringComparison.Ordinal), "prj/csynth.xml"));
        Assert.Equal($"prj/csynth.xml: field {field} not found", e.Message);
    }

    [Fact]
    public void AnOlderVivadoHlsReportIsRefusedByNameAndVersion()
    {
        var path = Path.Combine(VitisStub.Fixtures, "csynth_vivado_hls_2019.xml");
        var e = Assert.Throws<SynthesisException>(() => new CsynthXmlParser().Parse(path));
        Assert.StartsWith($"{path}: field AreaEstimates/Resources/DSP not found: this is an older Vivado HLS report (version 2019.2, with DSP48E", e.Message);
    }

    [Fact]
    public void ADecimalCommaFromANonEnglishLocaleIsAnErrorNamingTheField()
    {
        var e = Assert.Throws<SynthesisException>(() => new CsynthXmlParser().ParseText(Text.Replace("3.912", "3,912", StringComparison.Ordinal), "csynth.xml"));
        Assert.StartsWith("csynth.xml: field PerformanceEstimates/SummaryOfTimingAnalysis/EstimatedClockPeriod: '3,912' has a decimal comma", e.Message);
        Assert.Contains("LC_ALL=C", e.Message);
    }

    [Fact]
    public void ATranslatedUnitIsAnErrorNamingTheField()
    {
        var e = Assert.Throws<SynthesisException>(() => new CsynthXmlParser().ParseText(Text.Replace("<unit>clock cycles</unit>", "<unit>Taktzyklen</unit>", StringComparison.Ordinal), "csynth.xml"));
        Assert.StartsWith("csynth.xml: field PerformanceEstimates/SummaryOfOverallLatency/unit: 'Taktzyklen' is not 'clock cycles'", e.Message);
    }

    [Theory]
    [InlineData("<report/>", "csynth.xml: not a Vitis HLS csynth.xml (root element <report>, expected <profile>)")]
    [InlineData("<profile>", "csynth.xml: not well-formed XML")]
    public void NotACsynthReport(string text, string message)
    {
        var e = Assert.Throws<SynthesisException>(() => new CsynthXmlParser().ParseText(text, "csynth.xml"));
        Assert.StartsWith(message, e.Message);
    }

    [Fact]
    public void APartWithoutUltraRamHasNoUramFigure()
    {
        var c = new CsynthXmlParser().ParseText(Text.Replace("<URAM>0</URAM>", "", StringComparison.Ordinal), "csynth.xml");
        Assert.Null(c.Used.Uram);
        Assert.Equal(960, c.Available.Uram);
    }
}
