using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>A theory that needs ../shared; skipped (and counted as skipped) when the folder is absent.</summary>
public sealed class SharedModelTheoryAttribute : TheoryAttribute
{
    public SharedModelTheoryAttribute()
    {
        if (SharedSkip.Reason() is { } reason) Skip = reason;
    }
}
