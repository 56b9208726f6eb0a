using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>A fact that compiles against Xilinx's ap_types in ../shared/vendor; skipped (and counted) when they are absent.</summary>
public sealed class VendorApTypesFactAttribute : FactAttribute
{
    public VendorApTypesFactAttribute()
    {
        if (VendorApTypes.SkipReason() is { } reason) Skip = reason;
    }
}
