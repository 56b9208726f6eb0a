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
    // A full part of a known device is kept as given (other package / speed grade).
    [InlineData("xcvu9p-flga2104-2L-e", "xcvu9p-flga2104-2L-e")]
    [InlineData("xc7z020clg484-1", "xc7z020clg484-1")]
    public void AliasesExpandAndFullPartsStay(string given, string expected) =>
        Assert.Equal(expected, _catalog.Resolve(given));

    [Fact]
    public void DevicesCarryResourceCounts()
    {
        var vu9p = _catalog.Find("xcvu9p-flgb2104-2-e")!;
        // xcvu9p: 1,182,240 LUTs, 2,364,480 FFs, 6,840 DSPs, 2,160 BRAM36 = 4,320 BRAM18K.
        Assert.Equal((1_182_240, 2_364_480, 6_840, 4_320), (vu9p.Lut, vu9p.Ff, vu9p.Dsp, vu9p.Bram18K));
        var z020 = _catalog.Find("xc7z020")!;
        Assert.Equal((53_200, 106_400, 220, 280), (z020.Lut, z020.Ff, z020.Dsp, z020.Bram18K));
    }

    [Theory]
    [InlineData("xcvu99p")]
    [InlineData("xcvu1")]
    [InlineData("xcu2")]
    [InlineData("artix")]
    public void NearMissesAreUnknown(string part) => Assert.Null(_catalog.Find(part));
}
