using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>
/// Issue 20's vendor-header lane for the layer case generator: the same seeded conv, pool, layout and merge cases as
/// <see cref="LayerBitExactTests"/>, built once against Xilinx's ap_types (../shared/vendor), bit-exact with the emulator.
/// </summary>
[StartsFirst(2)]
public class VendorLayerBitExactTests : IClassFixture<VendorLayerBitExactFixture>
{
    private readonly VendorLayerBitExactFixture _fixture;

    public VendorLayerBitExactTests(VendorLayerBitExactFixture fixture) => _fixture = fixture;

    [VendorApTypesTheory]
    [InlineData("conv")]
    [InlineData("conv-stored")]
    [InlineData("pool")]
    [InlineData("layout")]
    [InlineData("merge")]
    public void Emulator_matches_cpp_built_against_xilinx_ap_types(string family)
    {
        var stats = _fixture.Layers!.Families[family];
        Assert.True(stats.Cases >= 10 && stats.Values > 1000, $"only {stats.Cases} {family} cases, {stats.Values} values");
        Assert.True(stats.Mismatches.Count == 0,
            $"{stats.Mismatches.Count} mismatches of {stats.Values} values; first:\n{string.Join("\n", stats.Mismatches.Take(10))}");
    }
}
