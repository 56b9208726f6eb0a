using Xunit;

namespace Hls4Net.TestSupport;

/// <summary>
/// A fact that needs ../shared (present in CI, maybe not in a fresh clone). When the folder is absent the test is
/// reported as skipped, with the reason, so the closing line counts it instead of failing or passing it silently.
/// </summary>
public sealed class SharedModelFactAttribute : FactAttribute
{
    public SharedModelFactAttribute()
    {
        if (SharedSkip.Reason() is { } reason) Skip = reason;
    }
}
