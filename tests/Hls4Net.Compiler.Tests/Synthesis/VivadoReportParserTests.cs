using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>report_utilization (UltraScale+ and 7-series names) and report_timing_summary.</summary>
public sealed class VivadoReportParserTests
{
    private static string F(string name) => Path.Combine(VitisStub.Fixtures, name);

    [Fact]
    public void UltraScaleUtilizationAndTiming()
    {
        var v = new VivadoReportParser().Parse(F("vivado_synth.rpt"), F("vivado_timing.rpt"));
        // 1.5 Block RAM tiles of 36 Kb = 3 BRAM_18K.
        Assert.Equal(new SynthesisResources { Lut = 24310, Ff = 6034, Dsp = 903, Bram18K = 3, Uram = 0 }, v.Used);
        Assert.Equal((-0.214, 5.0), (v.WorstNegativeSlackNs, v.ClockPeriodNs));
    }

    [Fact]
    public void SevenSeriesNamesAndNoUram()
    {
        var v = new VivadoReportParser().Parse(F("vivado_synth_7series.rpt"), null);
        Assert.Equal(new SynthesisResources { Lut = 17420, Ff = 4210, Dsp = 180, Bram18K = 4, Uram = null }, v.Used);
        Assert.Null(v.WorstNegativeSlackNs);
    }

    [Fact]
    public void AMissingRowIsAnErrorNamingTheFileAndTheField()
    {
        var text = File.ReadAllText(F("vivado_synth.rpt")).Replace("| DSPs           |", "| DSP Blocks     |", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new VivadoReportParser().ParseText(text, "vivado_synth.rpt", null, null));
        Assert.Equal("vivado_synth.rpt: field Site Type 'DSPs' not found", e.Message);
    }

    [Fact]
    public void ADecimalCommaIsAnErrorNamingTheField()
    {
        var text = File.ReadAllText(F("vivado_synth.rpt")).Replace("|  1.5 |", "|  1,5 |", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new VivadoReportParser().ParseText(text, "vivado_synth.rpt", null, null));
        Assert.StartsWith("vivado_synth.rpt: field Block RAM Tile/Used: '1,5' has a decimal comma", e.Message);
    }

    [Fact]
    public void ATimingReportWithoutTheSummaryIsAnErrorNamingTheField()
    {
        var e = Assert.Throws<SynthesisException>(() => new VivadoReportParser().ParseText(File.ReadAllText(F("vivado_synth.rpt")), "u.rpt", "Timing Summary Report\n", "t.rpt"));
        Assert.Equal("t.rpt: field Design Timing Summary/WNS(ns) not found", e.Message);
    }

    [Fact]
    public void NotAUtilizationReport()
    {
        var e = Assert.Throws<SynthesisException>(() => new VivadoReportParser().ParseText("hello\n", "u.rpt", null, null));
        Assert.StartsWith("u.rpt: field Site Type/Used table not found", e.Message);
    }
}
