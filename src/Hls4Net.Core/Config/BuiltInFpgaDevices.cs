namespace Hls4Net.Core.Config;

/// <summary>
/// The devices <see cref="FpgaPartCatalog"/> knows by default, per family, with whole-device counts from AMD's
/// public data sheets (BRAM given there in 36 Kb blocks, stored here as 18 Kb halves, as HLS reports count it).
/// Default parts are common evaluation-board / card parts.
/// </summary>
public static class BuiltInFpgaDevices
{
    /// <summary>A fresh list of every built-in device.</summary>
    public static List<FpgaDevice> Create() =>
    [
        .. VirtexUltraScalePlus(), .. KintexUltraScalePlus(), .. KintexUltraScale(), .. ZynqUltraScalePlus(),
        .. Alveo(), .. Versal(), .. SevenSeries(), .. Zynq7000(),
    ];

    // AMD DS890, "UltraScale Architecture and Product Data Sheet: Overview", Virtex UltraScale+ FPGA feature
    // summary (CLB LUTs, CLB flip-flops, DSP slices, block RAM blocks, UltraRAM blocks). Cross-checked: VU13P's
    // 12,288 DSP / 1,728,000 LUT are the "Available" counts of Vitis HLS reports (shared/estimator/README.md), and
    // VU9P's 6,840 DSP / 1,182,240 LUT / 2,364,480 FF appear as the available resources in hls4ml users' scripts.
    private static IEnumerable<FpgaDevice> VirtexUltraScalePlus()
    {
        const string f = "Virtex UltraScale+";
        yield return new("xcvu3p", "xcvu3p-ffvc1517-2-e", Lut: 394_080, Ff: 788_160, Dsp: 2_280, Bram18K: 1_440, Uram: 320, Family: f);
        yield return new("xcvu5p", "xcvu5p-flva2104-2-e", Lut: 600_577, Ff: 1_201_154, Dsp: 3_474, Bram18K: 2_048, Uram: 470, Family: f);
        yield return new("xcvu7p", "xcvu7p-flva2104-2-e", Lut: 788_160, Ff: 1_576_320, Dsp: 4_560, Bram18K: 2_880, Uram: 640, Family: f);
        yield return new("xcvu9p", "xcvu9p-flgb2104-2-e", Lut: 1_182_240, Ff: 2_364_480, Dsp: 6_840, Bram18K: 4_320, Uram: 960, Family: f);
        yield return new("xcvu11p", "xcvu11p-flga2577-2-e", Lut: 1_296_000, Ff: 2_592_000, Dsp: 9_216, Bram18K: 4_032, Uram: 960, Family: f);
        yield return new("xcvu13p", "xcvu13p-flga2577-2-e", Lut: 1_728_000, Ff: 3_456_000, Dsp: 12_288, Bram18K: 5_376, Uram: 1_280, Family: f);
        yield return new("xcvu19p", "xcvu19p-fsva3824-2-e", Lut: 4_085_760, Ff: 8_171_520, Dsp: 3_840, Bram18K: 4_320, Uram: 320, Family: f);
        // HBM devices (same data sheet): VU35P under the U50, VU37P/VU47P under the U280/U55C.
        yield return new("xcvu35p", "xcvu35p-fsvh2104-2-e", Lut: 872_160, Ff: 1_744_320, Dsp: 5_952, Bram18K: 2_688, Uram: 640, Family: f);
        yield return new("xcvu37p", "xcvu37p-fsvh2892-2-e", Lut: 1_303_680, Ff: 2_607_360, Dsp: 9_024, Bram18K: 4_032, Uram: 960, Family: f);
        yield return new("xcvu47p", "xcvu47p-fsvh2892-2-e", Lut: 1_303_680, Ff: 2_607_360, Dsp: 9_024, Bram18K: 4_032, Uram: 960, Family: f);
    }

    // AMD DS890, Kintex UltraScale+ FPGA feature summary.
    private static IEnumerable<FpgaDevice> KintexUltraScalePlus()
    {
        const string f = "Kintex UltraScale+";
        yield return new("xcku3p", "xcku3p-ffva676-2-e", Lut: 162_720, Ff: 325_440, Dsp: 1_368, Bram18K: 720, Uram: 48, Family: f);
        yield return new("xcku5p", "xcku5p-ffvb676-2-e", Lut: 216_960, Ff: 433_920, Dsp: 1_824, Bram18K: 960, Uram: 64, Family: f);
        yield return new("xcku11p", "xcku11p-ffva1156-2-e", Lut: 298_560, Ff: 597_120, Dsp: 2_928, Bram18K: 1_200, Uram: 80, Family: f);
        yield return new("xcku15p", "xcku15p-ffva1156-2-e", Lut: 522_720, Ff: 1_045_440, Dsp: 1_968, Bram18K: 1_968, Uram: 128, Family: f);
    }

    // AMD DS890, Kintex UltraScale FPGA feature summary (no UltraRAM).
    private static IEnumerable<FpgaDevice> KintexUltraScale()
    {
        const string f = "Kintex UltraScale";
        yield return new("xcku040", "xcku040-ffva1156-2-e", Lut: 242_400, Ff: 484_800, Dsp: 1_920, Bram18K: 1_200, Family: f);
        yield return new("xcku060", "xcku060-ffva1156-2-e", Lut: 331_680, Ff: 663_360, Dsp: 2_760, Bram18K: 2_160, Family: f);
        yield return new("xcku115", "xcku115-flvb2104-2-i", Lut: 663_360, Ff: 1_326_720, Dsp: 5_520, Bram18K: 4_320, Family: f);
    }

    // AMD DS891, "Zynq UltraScale+ MPSoC Data Sheet: Overview", programmable logic feature summary.
    private static IEnumerable<FpgaDevice> ZynqUltraScalePlus()
    {
        const string f = "Zynq UltraScale+";
        yield return new("xczu3eg", "xczu3eg-sbva484-1-e", Lut: 70_560, Ff: 141_120, Dsp: 360, Bram18K: 432, Family: f);
        yield return new("xczu7ev", "xczu7ev-ffvc1156-2-e", Lut: 230_400, Ff: 460_800, Dsp: 1_728, Bram18K: 624, Uram: 96, Family: f);
        yield return new("xczu9eg", "xczu9eg-ffvb1156-2-e", Lut: 274_080, Ff: 548_160, Dsp: 2_520, Bram18K: 1_824, Family: f);
        yield return new("xczu15eg", "xczu15eg-ffvb1156-2-e", Lut: 341_280, Ff: 682_560, Dsp: 3_528, Bram18K: 1_488, Uram: 112, Family: f);
        yield return new("xczu19eg", "xczu19eg-ffvc1760-2-e", Lut: 522_720, Ff: 1_045_440, Dsp: 1_968, Bram18K: 1_968, Uram: 128, Family: f);
    }

    // Alveo cards, whole die of the card's device (the platform shell takes a share). Data sheets: DS962 (U200/U250),
    // DS963 (U280), DS965 (U50), DS978 (U55C); their rounded figures (e.g. 1,304K LUTs) match the dies in DS890.
    private static IEnumerable<FpgaDevice> Alveo()
    {
        const string f = "Alveo";
        yield return new("xcu200", "xcu200-fsgd2104-2-e", Lut: 1_182_240, Ff: 2_364_480, Dsp: 6_840, Bram18K: 4_320, Uram: 960, Family: f);
        yield return new("xcu250", "xcu250-figd2104-2L-e", Lut: 1_728_000, Ff: 3_456_000, Dsp: 12_288, Bram18K: 5_376, Uram: 1_280, Family: f);
        yield return new("xcu280", "xcu280-fsvh2892-2L-e", Lut: 1_303_680, Ff: 2_607_360, Dsp: 9_024, Bram18K: 4_032, Uram: 960, Family: f);
        yield return new("xcu50", "xcu50-fsvh2104-2-e", Lut: 872_160, Ff: 1_744_320, Dsp: 5_952, Bram18K: 2_688, Uram: 640, Family: f);
        yield return new("xcu55c", "xcu55c-fsvh2892-2L-e", Lut: 1_303_680, Ff: 2_607_360, Dsp: 9_024, Bram18K: 4_032, Uram: 960, Family: f);
    }

    // AMD DS950, "Versal Architecture and Product Data Sheet: Overview" (AI Core and Prime series tables);
    // DSP counts are DSP58 engines. Default parts are the VCK190 / VMK180 boards' parts.
    private static IEnumerable<FpgaDevice> Versal()
    {
        yield return new("xcvc1902", "xcvc1902-vsva2197-2MP-e-S", Lut: 899_840, Ff: 1_799_680, Dsp: 1_968, Bram18K: 1_934, Uram: 463, Family: "Versal AI Core");
        yield return new("xcvm1802", "xcvm1802-vsva2197-2MP-e-S", Lut: 899_840, Ff: 1_799_680, Dsp: 1_968, Bram18K: 1_934, Uram: 463, Family: "Versal Prime");
        // Not confirmed against DS950 here (its tables were not reachable when this was written): Approximate, so
        // estimates on these parts say so. Default parts are the VPK180 and VEK280 boards' parts (confirmed from
        // their board files). The DSP58's 27×24 multiplier is confirmed by UG1273, "Programmable Logic".
        yield return new("xcvp1802", "xcvp1802-lsvc4072-2MP-e-S", Lut: 3_361_920, Ff: 6_723_840, Dsp: 6_864, Bram18K: 4_668, Approximate: true, Uram: 1_301, Family: "Versal Premium");
        yield return new("xcve2802", "xcve2802-vsvh1760-2MP-e-S", Lut: 520_704, Ff: 1_041_408, Dsp: 1_312, Bram18K: 1_200, Approximate: true, Uram: 264, Family: "Versal AI Edge");
    }

    // AMD DS180, "7 Series FPGAs Data Sheet: Overview" (Artix-7, Kintex-7, Virtex-7 tables; LUTs = 4 per slice,
    // flip-flops = 8 per slice).
    private static IEnumerable<FpgaDevice> SevenSeries()
    {
        yield return new("xc7a35t", "xc7a35ticsg324-1L", Lut: 20_800, Ff: 41_600, Dsp: 90, Bram18K: 100, Family: "Artix-7");
        yield return new("xc7a100t", "xc7a100tcsg324-1", Lut: 63_400, Ff: 126_800, Dsp: 240, Bram18K: 270, Family: "Artix-7");
        yield return new("xc7a200t", "xc7a200tsbg484-1", Lut: 133_800, Ff: 267_600, Dsp: 740, Bram18K: 730, Family: "Artix-7");
        yield return new("xc7k325t", "xc7k325tffg900-2", Lut: 203_800, Ff: 407_600, Dsp: 840, Bram18K: 890, Family: "Kintex-7");
        yield return new("xc7k410t", "xc7k410tffg900-2", Lut: 254_200, Ff: 508_400, Dsp: 1_540, Bram18K: 1_590, Family: "Kintex-7");
        yield return new("xc7vx485t", "xc7vx485tffg1761-2", Lut: 303_600, Ff: 607_200, Dsp: 2_800, Bram18K: 2_060, Family: "Virtex-7");
        yield return new("xc7vx690t", "xc7vx690tffg1927-2", Lut: 433_200, Ff: 866_400, Dsp: 3_600, Bram18K: 2_940, Family: "Virtex-7");
    }

    // AMD DS190, "Zynq-7000 SoC Data Sheet: Overview", programmable logic table.
    private static IEnumerable<FpgaDevice> Zynq7000()
    {
        const string f = "Zynq-7000";
        yield return new("xc7z010", "xc7z010clg400-1", Lut: 17_600, Ff: 35_200, Dsp: 80, Bram18K: 120, Family: f);
        yield return new("xc7z020", "xc7z020clg400-1", Lut: 53_200, Ff: 106_400, Dsp: 220, Bram18K: 280, Family: f);
        yield return new("xc7z045", "xc7z045ffg900-2", Lut: 218_600, Ff: 437_200, Dsp: 900, Bram18K: 1_090, Family: f);
        yield return new("xc7z100", "xc7z100ffg900-2", Lut: 277_400, Ff: 554_800, Dsp: 2_020, Bram18K: 1_510, Family: f);
    }
}
