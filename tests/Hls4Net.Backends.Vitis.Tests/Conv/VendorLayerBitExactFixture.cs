using Hls4Net.TestSupport;

namespace Hls4Net.Backends.Vitis.Tests.Conv;

/// <summary>The layer cases of <see cref="LayerBitExactFixture"/> compiled against Xilinx's ap_types; nothing is built when they are absent.</summary>
public sealed class VendorLayerBitExactFixture
{
    public VendorLayerBitExactFixture()
    {
        var dir = VendorApTypes.IncludeDirOrNull();
        Layers = dir is null ? null : new LayerBitExactFixture(dir);
    }

    /// <summary>The results, or null without the vendor headers.</summary>
    public LayerBitExactFixture? Layers { get; }
}
