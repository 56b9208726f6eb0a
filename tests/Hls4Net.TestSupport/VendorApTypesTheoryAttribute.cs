using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>A theory that compiles against Xilinx's ap_types in ../shared/vendor; skipped (and counted) when they are absent.</summary>
public sealed class VendorApTypesTheoryAttribute : TheoryAttribute
{
    public VendorApTypesTheoryAttribute()
    {
        if (VendorApTypes.SkipReason() is { } reason) Skip = reason;
    }
}
