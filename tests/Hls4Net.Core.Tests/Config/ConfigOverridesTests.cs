using Hls4Net.Core.Config;
using Hls4Net.Core.Ir;
using Hls4Net.Core.Numerics;

namespace Hls4Net.Core.Tests.Config;

public sealed class ConfigOverridesTests
{
    private readonly FpgaPartCatalog _catalog = new();

    [Fact]
    public void OverridesGoToModelAndTopLevelAndKeepLayerEntries()
    {
        var config = new ProjectConfigLoader().LoadYaml("""
            ProjectName: fromyaml
            HLSConfig:
              Model:
                Precision: {default: 'ap_fixed<16,6>', weight: 'ap_fixed<8,3>', table: 'ap_fixed<12,4>'}
                ReuseFactor: 2
              LayerName:
                fc1: {ReuseFactor: 8, Precision: 'ap_fixed<20,8>'}
            """);
        new ConfigOverrides
        {
            Precision = "fixed<12,5>", ReuseFactor = 4, Strategy = "RESOURCE", IoType = "io_stream", Part = "xcku115",
            ClockPeriod = 2.5, ProjectName = "cli_name", OutputDir = "out/dir",
        }.ApplyTo(config, _catalog);

        var model = config.Hls.Model;
        // --precision replaces the model's non-table precisions, keeps its table type.
        Assert.Equal(2, model.Precision.Count);
        Assert.Equal(new FixedType(12, 5, true), model.Precision[PrecisionSlot.Default]);
        Assert.Equal(new FixedType(12, 4, true), model.Precision[PrecisionSlot.Table]);
        Assert.Equal(4, model.ReuseFactor);
        Assert.Equal(Strategy.Resource, model.Strategy);
        Assert.Equal(IoType.IoStream, config.IoType);
        Assert.Equal("xcku115-flvb2104-2-i", config.Part);
        Assert.Equal(2.5, config.ClockPeriod);
        Assert.Equal("cli_name", config.ProjectName);
        Assert.Equal("out/dir", config.OutputDir);
        Assert.Equal(8, config.Hls.LayerName["fc1"].ReuseFactor);
        Assert.Equal(new FixedType(20, 8, true), config.Hls.LayerName["fc1"].Precision[PrecisionSlot.Default]);
    }

    [Fact]
    public void EmptyOverridesChangeNothing()
    {
        var config = new ProjectConfig();
        new ConfigOverrides().ApplyTo(config, _catalog);
        Assert.Equal("xcvu9p-flgb2104-2-e", config.Part);
        Assert.Empty(config.Hls.Model.Precision);
        Assert.Null(config.Hls.Model.ReuseFactor);
    }

    [Fact]
    public void BadOverrideValuesNameTheOption()
    {
        var c = new ProjectConfig();
        Assert.StartsWith("--precision: invalid precision 'ap_fixed<16'",
            Assert.Throws<ConfigException>(() => new ConfigOverrides { Precision = "ap_fixed<16" }.ApplyTo(c, _catalog)).Message);
        Assert.Equal("--reuse-factor: 0 must be at least 1",
            Assert.Throws<ConfigException>(() => new ConfigOverrides { ReuseFactor = 0 }.ApplyTo(c, _catalog)).Message);
        Assert.Equal("--strategy: unknown strategy 'fast' (expected Latency or Resource)",
            Assert.Throws<ConfigException>(() => new ConfigOverrides { Strategy = "fast" }.ApplyTo(c, _catalog)).Message);
        Assert.Equal("--io-type: unknown IO type 'stream' (expected io_parallel or io_stream)",
            Assert.Throws<ConfigException>(() => new ConfigOverrides { IoType = "stream" }.ApplyTo(c, _catalog)).Message);
        Assert.Equal("--clock-period: -1 must be a positive number of ns",
            Assert.Throws<ConfigException>(() => new ConfigOverrides { ClockPeriod = -1 }.ApplyTo(c, _catalog)).Message);
    }

    [Fact]
    public void UnknownFpgaListsTheClosestKnownParts()
    {
        var e = Assert.Throws<ConfigException>(() => new ConfigOverrides { Part = "xcvu999p" }.ApplyTo(new ProjectConfig(), _catalog));
        Assert.StartsWith("--fpga: unknown FPGA part 'xcvu999p' (give a known alias or a full part name", e.Message);
        Assert.Contains("closest known parts: xcvu9p (xcvu9p-flgb2104-2-e)", e.Message);
    }
}
