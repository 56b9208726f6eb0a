using Hls4Net.Synthesis;
using Hls4Net.TestSupport;

namespace Hls4Net.Compiler.Tests.Synthesis;

/// <summary>The co-simulation report table (RTL, Status, latency and interval min/avg/max), both layouts.</summary>
public sealed class CosimReportParserTests
{
    private static readonly string Fixture = Path.Combine(VitisStub.Fixtures, "myproject_cosim.rpt");

    [Fact]
    public void ReadsTheVerilogRowOfTheNewerLayout()
    {
        var c = new CosimReportParser().Parse(Fixture);
        Assert.Equal(("Pass", "Verilog"), (c.Status, c.Rtl));
        Assert.Equal((11L, 11.5, 12L), (c.LatencyMinCycles, c.LatencyAvgCycles, c.LatencyMaxCycles));
        Assert.Equal((1L, 1.0, 1L), (c.IntervalMinCycles, c.IntervalAvgCycles, c.IntervalMaxCycles));
        Assert.Equal(130, c.TotalExecutionCycles);
    }

    [Fact]
    public void ReadsTheOlderLayoutWithoutTotalExecutionTimeAndNaIntervals()
    {
        var c = new CosimReportParser().Parse(Path.Combine(VitisStub.Fixtures, "myproject_cosim_2019.rpt"));
        Assert.Equal(("Fail", 9L, 9L), (c.Status, c.LatencyMinCycles, c.LatencyMaxCycles));
        Assert.Null(c.IntervalAvgCycles);
        Assert.Null(c.TotalExecutionCycles);
    }

    [Fact]
    public void ATranslatedStatusIsAnErrorNamingTheField()
    {
        var text = File.ReadAllText(Fixture).Replace("|      Pass|", "|    Réussi|", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CosimReportParser().ParseText(text, "x_cosim.rpt"));
        Assert.StartsWith("x_cosim.rpt: field Verilog Status: 'Réussi' is not Pass, Fail or NA", e.Message);
    }

    [Fact]
    public void ADecimalCommaIsAnErrorNamingTheField()
    {
        var text = File.ReadAllText(Fixture).Replace("|           11.5|", "|           11,5|", StringComparison.Ordinal);
        var e = Assert.Throws<SynthesisException>(() => new CosimReportParser().ParseText(text, "x_cosim.rpt"));
        Assert.StartsWith("x_cosim.rpt: field Verilog Latency avg: '11,5' has a decimal comma", e.Message);
    }

    [Fact]
    public void NoTableIsAnError()
    {
        var e = Assert.Throws<SynthesisException>(() => new CosimReportParser().ParseText("Report time : today.\n", "x_cosim.rpt"));
        Assert.StartsWith("x_cosim.rpt: field RTL/Status table not found", e.Message);
    }

    [Fact]
    public void NoLanguageSimulatedIsStatusNa()
    {
        var text = File.ReadAllText(Fixture).Replace("|   Verilog|      Pass|             11|           11.5|             12|              1|              1|              1|                   130|",
            "|   Verilog|        NA|             NA|             NA|             NA|             NA|             NA|             NA|                    NA|", StringComparison.Ordinal);
        Assert.Equal(new CosimFigures { Status = "NA" }, new CosimReportParser().ParseText(text, "x_cosim.rpt"));
    }
}
