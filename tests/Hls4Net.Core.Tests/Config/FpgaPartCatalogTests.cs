using Hls4Net.Core.Config;

namespace Hls4Net.Core.Tests.Config;

public sealed class FpgaPartCatalogTests
{
    private readonly FpgaPartCatalog _catalog = new();

    [Theory]
    [InlineData("xcvu9p", "xcvu9p-flgb2104-2-e")]
    [InlineData("XCVU13P", "xcvu13p-flga2577-2-e")]
    [InlineData("xcku115", "xcku115-flvb2104-2-i")]
    [InlineData("xczu9eg", "xczu9eg-ffvb1156-2-e")]
    [InlineData("xc7z020", "xc7z020clg400-1")]
    [InlineData("xcu250", "xcu250-figd2104-2L-e")]
    [InlineData("xcu50", "xcu50-fsvh2104-2-e")]
    [InlineData("xcu280", "xcu280-fsvh2892-2L-e")]
    [InlineData("xcu55c", "xcu55c-fsvh2892-2L-e")]
    [InlineData("xc7a100t", "xc7a100tcsg324-1")]
    [InlineData("xcvc1902", "xcvc1902-vsva2197-2MP-e-S")]
    // A full part of a known device is kept as given (other package / speed grade).
    [InlineData("xcvu9p-flga2104-2L-e", "xcvu9p-flga2104-2L-e")]
    [InlineData("xc7z020clg484-1", "xc7z020clg484-1")]
    [InlineData("xcu280-fsvh2892-2L-e", "xcu280-fsvh2892-2L-e")]
    public void AliasesExpandAndFullPartsStay(string given, string expected) =>
        Assert.Equal(expected, _catalog.Resolve(given));

    [Fact]
    public void KnowsAtLeast25PartsWithDistinctAliasesAndSaneCounts()
    {
        Assert.True(_catalog.Devices.Count >= 25, $"{_catalog.Devices.Count} devices");
        Assert.Equal(_catalog.Devices.Count, _catalog.Devices.Select(d => d.Alias).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        foreach (var d in _catalog.Devices)
        {
            // Every default part is a full part name that resolves back to its own device.
            Assert.True(FpgaPartCatalog.LooksLikeFullPart(d.DefaultPart), d.DefaultPart);
            Assert.Same(d, _catalog.Find(d.DefaultPart));
            Assert.False(string.IsNullOrEmpty(d.Family), d.Alias);
            // Every family has 2 flip-flops per LUT (AMD CLBs: 8 LUTs / 16 FFs per CLB; 7-series 4 / 8 per slice).
            Assert.InRange(d.Ff, 2 * d.Lut - 2, 2 * d.Lut);
            Assert.True(d.Dsp > 0 && d.Bram18K > 0 && d.Bram18K % 2 == 0, d.Alias);
        }
        foreach (var family in new[] { "Virtex UltraScale+", "Kintex UltraScale+", "Zynq UltraScale+", "Alveo", "Versal AI Core", "Kintex-7", "Virtex-7", "Artix-7", "Zynq-7000" })
        {
            Assert.Contains(_catalog.Devices, d => d.Family == family);
        }
    }

    [Fact]
    public void DevicesCarryResourceCounts()
    {
        var vu9p = _catalog.Find("xcvu9p-flgb2104-2-e")!;
        // xcvu9p: 1,182,240 LUTs, 2,364,480 FFs, 6,840 DSPs, 2,160 BRAM36 = 4,320 BRAM18K, 960 UltraRAM.
        Assert.Equal((1_182_240, 2_364_480, 6_840, 4_320, 960), (vu9p.Lut, vu9p.Ff, vu9p.Dsp, vu9p.Bram18K, vu9p.Uram));
        var z020 = _catalog.Find("xc7z020")!;
        Assert.Equal((53_200, 106_400, 220, 280, 0), (z020.Lut, z020.Ff, z020.Dsp, z020.Bram18K, z020.Uram));
        // The U280 card is a VU37P die; the U200 a VU9P die.
        var u280 = _catalog.Find("xcu280-fsvh2892-2L-e")!;
        Assert.Equal((1_303_680, 9_024, 4_032, 960), (u280.Lut, u280.Dsp, u280.Bram18K, u280.Uram));
        Assert.Equal((vu9p.Lut, vu9p.Dsp, vu9p.Bram18K), (_catalog.Find("xcu200")!.Lut, _catalog.Find("xcu200")!.Dsp, _catalog.Find("xcu200")!.Bram18K));
    }

    [Theory]
    [InlineData("xcvu99p")]
    [InlineData("xcvu1")]
    [InlineData("xcu2")]
    [InlineData("artix")]
    public void NearMissesAreUnknown(string part) => Assert.Null(_catalog.Find(part));

    [Theory]
    [InlineData("xcau25p-ffvb676-2-e")]
    [InlineData("xck26-sfvc784-2LV-c")]
    [InlineData("xcvp1202-vsva2785-2MHP-e-S")]
    [InlineData("xc7s50csga324-1")]
    [InlineData("xqku115-rlf1924-2-i")]
    [InlineData("xa7z020clg400-1I")]
    [InlineData("xcve2302-sfva784-1LP-e-S-es1")]
    public void UnknownFullPartNamesPassThroughWithAWarning(string part)
    {
        var sink = new CollectingSink();
        Assert.Equal(part, _catalog.Resolve(part, "--fpga", sink.CreateLogger()));
        var warning = Assert.Single(sink.Warnings);
        Assert.StartsWith($"--fpga: part '{part}' is not in Hls4Net's device list; it is passed to Vitis HLS as given", warning);
    }

    [Theory]
    [InlineData("xcvu99p", "xcvu9p")]
    [InlineData("xcku15", "xcku115")]
    [InlineData("virtex", "(")]
    [InlineData("xcu28", "xcu280")]
    [InlineData("vu9p", "xcvu9p")]
    [InlineData("xc7z02", "xc7z020")]
    public void GarbageIsAnErrorListingCloseMatches(string part, string expectedInList)
    {
        var e = Assert.Throws<ConfigException>(() => _catalog.Resolve(part));
        Assert.StartsWith($"--fpga: unknown FPGA part '{part}'", e.Message);
        var list = e.Message[(e.Message.IndexOf("closest known parts: ", StringComparison.Ordinal) + 21)..];
        Assert.Equal(3, list.Split(", ").Length);
        Assert.Contains(expectedInList, list, StringComparison.Ordinal);
    }
}
