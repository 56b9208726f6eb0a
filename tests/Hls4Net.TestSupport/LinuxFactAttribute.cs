using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>A fact that relies on Linux (e.g. /proc); reported as skipped, and so counted, on other systems.</summary>
public sealed class LinuxFactAttribute : FactAttribute
{
    public LinuxFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc/self")) Skip = "needs Linux and /proc; skipped";
    }
}
