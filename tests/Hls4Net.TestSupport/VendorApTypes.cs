namespace Hls4Net.TestSupport;

/// <summary>
/// ../shared/vendor/xilinx-ap-types/include: Xilinx's open-source ap_int/ap_fixed headers (Apache-2.0, tests only; see
/// its README). Tests compile generated projects against them through --ap-types, as users with Vitis do.
/// </summary>
public static class VendorApTypes
{
    /// <summary>The vendor include folder, or null when ../shared (or the folder) is absent.</summary>
    public static string? IncludeDirOrNull()
    {
        var header = RepoPaths.SharedFileOrNull(Path.Combine("vendor", "xilinx-ap-types", "include", "ap_fixed.h"));
        return header is null ? null : Path.GetDirectoryName(header);
    }

    /// <summary>The vendor include folder; throws when absent (use with <see cref="VendorApTypesFactAttribute"/>).</summary>
    public static string IncludeDir =>
        IncludeDirOrNull() ?? throw new DirectoryNotFoundException("../shared/vendor/xilinx-ap-types/include not found (it is present in CI)");

    /// <summary>Null when the vendor headers are present; otherwise why tests that need them are skipped.</summary>
    public static string? SkipReason() =>
        IncludeDirOrNull() is null ? "../shared/vendor/xilinx-ap-types/include not found (it is present in CI); skipped" : null;
}
