using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>A fact that only means something on Linux; reported as skipped (and counted) on other platforms.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux()) Skip = "Linux only; skipped on this platform";
    }
}
